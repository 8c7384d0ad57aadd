// Corpus accuracy: runs `talkboard parse` over every ../shared/corpus/posts/*.md and scores it
// against ../shared/corpus/truth/*.json by the rules of ../shared/corpus/SCORING.md.
// Prints a per-field table; exits 1 below the thresholds, 77 (ctest "skipped") without ../shared.
//
//   node tests/corpus/score_corpus.mjs BINARY [SHARED_DIR]   (default: tests/prerequisites.mjs's)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { needsShared, sharedDir as defaultSharedDir } from '../prerequisites.mjs';

const [binary, sharedArgument] = process.argv.slice(2);
const corpus = join(sharedArgument ? resolve(sharedArgument) : defaultSharedDir, 'corpus');
const missing = needsShared(join(corpus, 'truth'));  // the rule of tests/prerequisites.mjs: skip
if (missing) {
  console.log(`corpus test skipped: ${missing}`);
  process.exit(77);
}

const thresholds = { recall: 0.98, precision: 0.98, fields: 0.97 };
// UTC offsets in minutes that SCORING.md assigns to each abbreviation.
const offsets = { CET: 60, CEST: 120, BST: 60, GMT: 0, UTC: 0, EST: -300, EDT: -240, CST: -360, CDT: -300,
                  MST: -420, MDT: -360, PST: -480, PDT: -420 };

function normalize(text) {
  if (text === null || text === undefined) return null;
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u2018\u2019`]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[*_]/g, '');
  s = s.replace(/\s+/g, ' ');
  return s.replace(/^[ .,:;\-\u2013]+|[ .,:;\-\u2013]+$/g, '');
}

function normalizeUrl(url) {
  if (!url) return null;
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').split('#')[0].split('?')[0].replace(/\/$/, '');
}

// difflib.SequenceMatcher(None, a, b).ratio(): 2*M/T with Ratcliff/Obershelp matching blocks.
function similarity(a, b) {
  const matches = (aLo, aHi, bLo, bHi) => {
    let best = { i: aLo, j: bLo, size: 0 };
    for (let i = aLo; i < aHi; i++) {
      for (let j = bLo; j < bHi; j++) {
        let k = 0;
        while (i + k < aHi && j + k < bHi && a[i + k] === b[j + k]) k++;
        if (k > best.size) best = { i, j, size: k };
      }
    }
    if (best.size === 0) return 0;
    return best.size + matches(aLo, best.i, bLo, best.j) + matches(best.i + best.size, aHi, best.j + best.size, bHi);
  };
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * matches(0, a.length, 0, b.length)) / total;
}

function utcInstant(date, start, zone) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = start.split(':').map(Number);
  const ms = Date.UTC(y, m - 1, d, hh, mm) - offsets[zone] * 60000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

const sameKind = (a, b) => (a ?? '').replace(/[- ]/g, '_') === (b ?? '').replace(/[- ]/g, '_');
const sortedNames = (speakers) => speakers.map((p) => normalize(p.name)).sort();
const sortedOrgs = (speakers) => speakers.filter((p) => p.org).map((p) => normalize(p.org)).sort();
const sameList = (a, b) => JSON.stringify(a) === JSON.stringify(b);

const fields = ['title', 'kind', 'speakers', 'orgs', 'url', 'date', 'start', 'end', 'tz', 'utc', 'section'];
const hits = Object.fromEntries(fields.map((f) => [f, 0]));
const checks = Object.fromEntries(fields.map((f) => [f, 0]));
let truthCount = 0, reportedCount = 0, pairedCount = 0;
const misses = [];

for (const file of readdirSync(join(corpus, 'truth')).filter((f) => f.endsWith('.json')).sort()) {
  const truth = JSON.parse(readFileSync(join(corpus, 'truth', file), 'utf8'));
  let reported = [];
  try {
    const out = execFileSync(binary, ['parse', join(corpus, 'posts', truth.file)], { encoding: 'utf8', timeout: 30000 });
    reported = JSON.parse(out).sessions;
  } catch (error) {
    misses.push(`${truth.file}: parse failed (${error.message.split('\n')[0]})`);
  }
  truthCount += truth.sessions.length;
  reportedCount += reported.length;
  const used = new Set();
  for (const t of truth.sessions) {
    let best = -1;
    const sameUrl = reported.map((r, i) => i).filter((i) => !used.has(i) && t.url && normalizeUrl(reported[i].url) === normalizeUrl(t.url));
    if (sameUrl.length > 0) {
      best = sameUrl.reduce((x, y) => (similarity(normalize(reported[y].title), normalize(t.title)) >
                                       similarity(normalize(reported[x].title), normalize(t.title)) ? y : x));
    } else {
      let bestRatio = 0.8;
      reported.forEach((r, i) => {
        if (used.has(i)) return;
        const ratio = similarity(normalize(r.title), normalize(t.title));
        if (ratio >= bestRatio) { bestRatio = ratio; best = i; }
      });
    }
    if (best < 0) { misses.push(`${truth.file} #${t.n}: not found (${t.title})`); continue; }
    used.add(best);
    pairedCount++;
    const r = reported[best];
    const check = (field, ok, detail) => {
      checks[field]++;
      if (ok) hits[field]++; else misses.push(`${truth.file} #${t.n} ${field}: expected ${JSON.stringify(detail[0])}, got ${JSON.stringify(detail[1])}`);
    };
    check('title', normalize(t.title) === normalize(r.title), [t.title, r.title]);
    check('kind', sameKind(t.kind_normalized, r.kind), [t.kind_normalized, r.kind]);
    check('speakers', sameList(sortedNames(t.speakers), sortedNames(r.speakers)), [sortedNames(t.speakers), sortedNames(r.speakers)]);
    check('orgs', sameList(sortedOrgs(t.speakers), sortedOrgs(r.speakers)), [sortedOrgs(t.speakers), sortedOrgs(r.speakers)]);
    check('url', t.url === r.url, [t.url, r.url]);
    const date = t.date_inferred ?? t.date;
    check('date', date === r.date, [date, r.date]);
    check('start', t.start === r.start, [t.start, r.start]);
    check('end', t.end === r.end, [t.end, r.end]);
    if (t.timezone) {
      check('tz', t.timezone === r.tz, [t.timezone, r.tz]);
      if (t.timezone in offsets && date && t.start) {
        const expected = utcInstant(date, t.start, t.timezone);
        check('utc', expected === r.utcStart, [expected, r.utcStart]);
      }
    }
    check('section', normalize(t.section) === normalize(r.section), [t.section, r.section]);
  }
}

const recall = pairedCount / truthCount;
const precision = reportedCount ? pairedCount / reportedCount : 0;
const totalHits = fields.reduce((s, f) => s + hits[f], 0);
const totalChecks = fields.reduce((s, f) => s + checks[f], 0);
const accuracy = totalChecks ? totalHits / totalChecks : 0;

console.log(`corpus: ${truthCount} truth sessions, ${reportedCount} reported, ${pairedCount} paired`);
console.log('| field | hits | checks | accuracy |');
console.log('|---|---:|---:|---:|');
for (const f of fields) console.log(`| ${f} | ${hits[f]} | ${checks[f]} | ${(hits[f] / (checks[f] || 1)).toFixed(4)} |`);
console.log(`| **all fields** | ${totalHits} | ${totalChecks} | ${accuracy.toFixed(4)} |`);
console.log(`recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)}`);
for (const m of misses) console.log(`  miss: ${m}`);

const failed = recall < thresholds.recall || precision < thresholds.precision || accuracy < thresholds.fields;
if (failed) {
  console.log(`FAILED: thresholds are recall ${thresholds.recall}, precision ${thresholds.precision}, fields ${thresholds.fields}`);
  process.exit(1);
}
