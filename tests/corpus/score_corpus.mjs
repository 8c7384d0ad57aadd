// Corpus accuracy: runs `talkboard parse` over every post of every corpus in ../shared (each folder
// there with posts/ and truth/: corpus/, corpus-sites/, and whatever is added later) and scores it
// against the truth by the rules of ../shared/corpus/SCORING.md.
//
// Prints a table per site and per post, then the misses. Gates only the posts listed in
// tests/corpus/accepted.txt: a post that appears in ../shared later is scored and reported at once,
// but cannot fail CI before someone has looked at it and added it to the list.
// Exit: 0 when the accepted posts meet the thresholds, 1 below them, 77 (ctest "skipped") without
// ../shared.
//
//   node tests/corpus/score_corpus.mjs BINARY [SHARED_DIR] [--misses] [--only SUBSTRING]
// (SHARED_DIR defaults to tests/prerequisites.mjs's; skipping without it is that file's rule.)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsShared, sharedDir as defaultSharedDir } from '../prerequisites.mjs';

const args = process.argv.slice(2);
const [binary, sharedArgument] = args.filter((a) => !a.startsWith('--'));
const sharedDir = sharedArgument ? resolve(sharedArgument) : defaultSharedDir;
const showMisses = args.includes('--misses');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : null;

const missing = needsShared(sharedDir);
const corpora = !missing
  ? readdirSync(sharedDir).filter((d) => existsSync(join(sharedDir, d, 'truth')) && existsSync(join(sharedDir, d, 'posts'))).sort()
  : [];
if (corpora.length === 0) {
  console.log(`corpus test skipped: ${missing || `no corpus (a folder with posts/ and truth/) under ${sharedDir}`}`);
  process.exit(77);
}

// Overall thresholds over all accepted posts, and the floor for each site's accepted posts.
const thresholds = { recall: 0.98, precision: 0.98, fields: 0.97 };
const siteFloor = 0.9;

const acceptedFile = join(dirname(fileURLToPath(import.meta.url)), 'accepted.txt');
const accepted = new Set(readFileSync(acceptedFile, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));

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
  a = a ?? '';
  b = b ?? '';
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

function emptyTally() {
  return { truth: 0, reported: 0, paired: 0, hits: 0, checks: 0, fieldHits: Object.fromEntries(fields.map((f) => [f, 0])),
           fieldChecks: Object.fromEntries(fields.map((f) => [f, 0])) };
}
function add(into, from) {
  for (const k of ['truth', 'reported', 'paired', 'hits', 'checks']) into[k] += from[k];
  for (const f of fields) { into.fieldHits[f] += from.fieldHits[f]; into.fieldChecks[f] += from.fieldChecks[f]; }
}
const recallOf = (t) => (t.truth ? t.paired / t.truth : 1);
const precisionOf = (t) => (t.reported ? t.paired / t.reported : (t.truth ? 0 : 1));
const fieldsOf = (t) => (t.checks ? t.hits / t.checks : (t.truth ? 0 : 1));

// Scores one post; returns its tally and its misses.
function scorePost(postPath, truth) {
  const tally = emptyTally();
  const misses = [];
  let reported = [];
  try {
    const out = execFileSync(binary, ['parse', postPath], { encoding: 'utf8', timeout: 30000, stdio: ['ignore', 'pipe', 'pipe'] });
    reported = JSON.parse(out).sessions;
  } catch (error) {
    // `parse` exits non-zero for a post without sessions but still prints its JSON.
    try { reported = JSON.parse(error.stdout ?? '').sessions ?? []; } catch { reported = []; }
    if (reported.length === 0 && truth.sessions.length > 0) misses.push(`parse gave no sessions (${String(error.message).split('\n')[0]})`);
  }
  tally.truth = truth.sessions.length;
  tally.reported = reported.length;
  const used = new Set();
  for (const t of truth.sessions) {
    let best = -1;
    const sameUrl = reported.map((r, i) => i).filter((i) => !used.has(i) && t.url && normalizeUrl(reported[i].url) === normalizeUrl(t.url));
    if (sameUrl.length > 0) {
      best = sameUrl.reduce((x, y) => (similarity(normalize(reported[y].title), normalize(t.title)) >
                                       similarity(normalize(reported[x].title), normalize(t.title)) ? y : x));
    } else {
      // The most similar title at or above 0.8; among equally similar ones the first (as max() picks).
      let bestRatio = -1;
      reported.forEach((r, i) => {
        if (used.has(i)) return;
        const ratio = similarity(normalize(r.title), normalize(t.title));
        if (ratio >= 0.8 && ratio > bestRatio) { bestRatio = ratio; best = i; }
      });
    }
    if (best < 0) { misses.push(`#${t.n} not found: ${JSON.stringify(t.title)}`); continue; }
    used.add(best);
    tally.paired++;
    const r = reported[best];
    const check = (field, ok, expected, got) => {
      tally.fieldChecks[field]++;
      tally.checks++;
      if (ok) { tally.fieldHits[field]++; tally.hits++; } else misses.push(`#${t.n} ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
    };
    check('title', normalize(t.title) === normalize(r.title), t.title, r.title);
    check('kind', sameKind(t.kind_normalized, r.kind), t.kind_normalized, r.kind);
    check('speakers', sameList(sortedNames(t.speakers), sortedNames(r.speakers)), sortedNames(t.speakers), sortedNames(r.speakers));
    check('orgs', sameList(sortedOrgs(t.speakers), sortedOrgs(r.speakers)), sortedOrgs(t.speakers), sortedOrgs(r.speakers));
    check('url', t.url === r.url, t.url, r.url);
    const date = t.date_inferred ?? t.date;
    check('date', date === r.date, date, r.date);
    check('start', t.start === r.start, t.start, r.start);
    check('end', t.end === r.end, t.end, r.end);
    if (t.timezone) {
      check('tz', t.timezone === r.tz, t.timezone, r.tz);
      if (t.timezone in offsets && date && t.start) {
        const expected = utcInstant(date, t.start, t.timezone);
        check('utc', expected === r.utcStart, expected, r.utcStart);
      }
    }
    check('section', normalize(t.section) === normalize(r.section), t.section, r.section);
  }
  reported.forEach((r, i) => { if (!used.has(i)) misses.push(`extra: ${JSON.stringify(r.title)} (line ${r.line})`); });
  return { tally, misses };
}

const siteOf = (file) => file.split('__')[0];
const posts = [];
for (const corpus of corpora) {
  const truthDir = join(sharedDir, corpus, 'truth');
  for (const file of readdirSync(truthDir).filter((f) => f.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(join(truthDir, file), 'utf8'));
    if (only && !truth.file.includes(only)) continue;
    const { tally, misses } = scorePost(join(sharedDir, corpus, 'posts', truth.file), truth);
    posts.push({ corpus, file: truth.file, site: siteOf(truth.file), accepted: accepted.has(truth.file), tally, misses });
  }
}

const pct = (x) => x.toFixed(3);
const row = (name, t, note = '') =>
  `| ${name} | ${t.truth} | ${t.reported} | ${t.paired} | ${pct(recallOf(t))} | ${pct(precisionOf(t))} | ${pct(fieldsOf(t))} |${note}`;
const header = '| | truth | reported | paired | recall | precision | fields |\n|---|---:|---:|---:|---:|---:|---:|';

const sites = new Map();
const all = emptyTally();
const gated = emptyTally();
for (const p of posts) {
  if (!sites.has(p.site)) sites.set(p.site, { all: emptyTally(), gated: emptyTally() });
  add(sites.get(p.site).all, p.tally);
  add(all, p.tally);
  if (p.accepted) { add(sites.get(p.site).gated, p.tally); add(gated, p.tally); }
}

console.log(`corpus: ${posts.length} posts from ${sites.size} sites in ${corpora.join(', ')}; ${posts.filter((p) => p.accepted).length} accepted (tests/corpus/accepted.txt)`);
console.log('\nper site (all posts)');
console.log(header);
for (const [site, t] of [...sites].sort()) console.log(row(site, t.all));
console.log(row('**all**', all));
console.log('\nper post');
console.log(header.replace('| |', '| post |'));
for (const p of posts) console.log(row(p.file.replace(/\.md$/, ''), p.tally, p.accepted ? '' : ' not yet accepted'));
console.log('\nper field (all posts)');
console.log('| field | hits | checks | accuracy |\n|---|---:|---:|---:|');
for (const f of fields) console.log(`| ${f} | ${all.fieldHits[f]} | ${all.fieldChecks[f]} | ${pct(all.fieldHits[f] / (all.fieldChecks[f] || 1))} |`);

const newPosts = posts.filter((p) => !p.accepted);
if (newPosts.length) console.log(`\nnot yet accepted (scored, not gated): ${newPosts.map((p) => p.file).join(', ')}`);
if (showMisses || process.env.TALKBOARD_CORPUS_MISSES) {
  for (const p of posts) for (const m of p.misses) console.log(`  miss: ${p.file}: ${m}`);
}

const failures = [];
if (recallOf(gated) < thresholds.recall) failures.push(`recall ${pct(recallOf(gated))} < ${thresholds.recall}`);
if (precisionOf(gated) < thresholds.precision) failures.push(`precision ${pct(precisionOf(gated))} < ${thresholds.precision}`);
if (fieldsOf(gated) < thresholds.fields) failures.push(`fields ${pct(fieldsOf(gated))} < ${thresholds.fields}`);
for (const [site, t] of sites) {
  if (!t.gated.truth && !t.gated.reported) continue;
  for (const [name, value] of [['recall', recallOf(t.gated)], ['precision', precisionOf(t.gated)], ['fields', fieldsOf(t.gated)]]) {
    if (value < siteFloor) failures.push(`${site}: ${name} ${pct(value)} < ${siteFloor}`);
  }
}
console.log(`\naccepted posts: recall ${pct(recallOf(gated))}, precision ${pct(precisionOf(gated))}, fields ${pct(fieldsOf(gated))}`);
if (failures.length) {
  console.log(`FAILED (thresholds: overall recall/precision ${thresholds.recall}, fields ${thresholds.fields}; each site ${siteFloor}):`);
  for (const f of failures) console.log(`  ${f}`);
  if (!showMisses && !process.env.TALKBOARD_CORPUS_MISSES) for (const p of posts) if (p.accepted) for (const m of p.misses) console.log(`  miss: ${p.file}: ${m}`);
  process.exit(1);
}
