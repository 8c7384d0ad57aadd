#!/usr/bin/env node
// Deterministic generator of synthetic conference posts for the benchmarks (docs/PERFORMANCE.md).
//
// What it makes: a post in the real format talkboard reads (YAML frontmatter, an intro paragraph,
// `##` section headings, and per session a link line `[Title - Speaker, Org & Speaker, Org](url)`,
// a time line `Tuesday, March 19, 2024, 09:50 - 10:15 CET` and an abstract paragraph), spread over
// several days and tracks, with some kind prefixes (Keynote, ⚡ Lightning Talk, Panel, Workshop).
// Why: to measure parse throughput, query latency and browser cost at 100 / 1k / 10k / 100k
// sessions (100k is about 20 MB) without depending on, or copying, real posts. All text comes from
// the word lists below through a seeded PRNG (mulberry32): same count + seed => same bytes.
//
// Usage: node bench/generate_post.mjs SESSIONS [SEED] [OUTFILE]   (no OUTFILE: stdout)
import { writeFileSync } from 'node:fs';

const [countArg, seedArg = '1', outFile] = process.argv.slice(2);
const count = Number.parseInt(countArg, 10);
if (!Number.isInteger(count) || count < 1 || count > 200000) {
  console.error('usage: node bench/generate_post.mjs SESSIONS(1..200000) [SEED] [OUTFILE]');
  process.exit(2);
}
const seed = Number.parseInt(seedArg, 10) >>> 0;

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const FIRST = ['Ada', 'Bram', 'Cleo', 'Dario', 'Esme', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira',
  'Lars', 'Mira', 'Nils', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wim', 'Xena',
  'Yusuf', 'Zoe', 'Anouk', 'Bilal', 'Chiara', 'Dmitri', 'Elif', 'Fenna', 'Goran', 'Hana', 'Ivo', 'Jana'];
const LAST = ['Abara', 'Brink', 'Castel', 'Dumont', 'Eklund', 'Ferro', 'Gallo', 'Holm', 'Iversen', 'Jansen',
  'Kowal', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quist', 'Rossi', 'Sandoval', 'Tanaka',
  'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zeller', 'Andersen', 'Bauer', 'Conti', 'Dahl', 'Engel', 'Fontaine'];
const ORGS = ['Acme Cloud', 'Blue Harbor', 'Corvid Labs', 'Driftwood', 'Ember Systems', 'Fjord Data', 'Granite IO',
  'Helix Networks', 'Ironbark', 'Juniper Grove', 'Kestrel', 'Lumen Works', 'Mosaic Compute', 'Northwind Ops',
  'Orchid Security', 'Pinecone Fabric', 'Quartz Mesh', 'Redwood Stack', 'Saffron', 'Tidewater', 'Umbra',
  'Vantage Point', 'Willow Edge', 'Yarrow Tech', 'Zenith Scale', 'Open Source Foundation'];
const TOPICS = ['Packet Paths', 'Sidecars', 'Schedulers', 'Service Graphs', 'Policy Engines', 'Tracing', 'Kernels',
  'Storage Pools', 'Build Caches', 'Node Pools', 'Gateways', 'Load Balancers', 'Audit Logs', 'Autoscaling',
  'Multi-Cluster Routing', 'Runtime Security', 'Edge Fleets', 'Supply Chains', 'Observability', 'Control Planes'];
const VERBS = ['Taming', 'Scaling', 'Debugging', 'Securing', 'Rethinking', 'Shipping', 'Measuring', 'Untangling',
  'Hardening', 'Migrating', 'Profiling', 'Automating'];
const TAILS = ['at Scale', 'Without Tears', 'in Production', 'the Hard Way', 'for Everyone', 'on a Budget',
  'in Five Steps', 'Across Regions', 'with Plain Tools', 'Beyond the Basics'];
const WORDS = ['cluster', 'latency', 'budget', 'rollout', 'kernel', 'queue', 'replica', 'shard', 'probe', 'quota',
  'runtime', 'signal', 'window', 'socket', 'ledger', 'failover', 'canary', 'cache', 'tenant', 'fleet', 'metric',
  'trace', 'route', 'policy', 'upgrade', 'operator', 'pipeline', 'snapshot', 'artifact', 'backlog'];
const OPENERS = ['The speakers show', 'This talk covers', 'We walk through', 'Learn', 'A field report on',
  'Hands-on notes about', 'An honest look at'];
const TRACKS = ['Networking', 'Security', 'Observability', 'Storage', 'Platform Engineering', 'Runtime',
  'Developer Experience', 'Operations', 'Community', 'Edge and IoT', 'Data and AI', 'Case Studies'];
const KINDS = [['Keynote: ', 0.03], ['⚡ Lightning Talk: ', 0.10], ['Panel Discussion: ', 0.04], ['Workshop: ', 0.03]];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

const pad = (n) => String(n).padStart(2, '0');
const clock = (minute) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

function speaker() { return `${pick(FIRST)} ${pick(LAST)}`; }
function speakers() {
  const n = random() < 0.6 ? 1 : random() < 0.8 ? 2 : 3;
  const org = pick(ORGS);
  const names = Array.from({ length: n }, speaker);
  if (n > 1 && random() < 0.5) return `${names.join(' & ')}, ${org}`;  // one org for all
  return names.map((name) => `${name}, ${random() < 0.5 ? org : pick(ORGS)}`).join(' & ');
}
function title() {
  let prefix = '';
  const r = random();
  let acc = 0;
  for (const [p, share] of KINDS) { acc += share; if (r < acc) { prefix = p; break; } }
  return `${prefix}${pick(VERBS)} ${pick(TOPICS)} ${pick(TAILS)}`;
}
function abstract() {
  const words = Array.from({ length: between(4, 10) }, () => pick(WORDS)).join(' ');
  return `${pick(OPENERS)} ${words}.`;
}

// Days: up to 4 consecutive days from Tuesday, March 19, 2024 (weekday names computed, not assumed).
const dayCount = count < 20 ? 1 : Math.min(4, Math.ceil(count / 25));
const perDay = Math.ceil(count / dayCount);
const out = [];
out.push('---', `title: 'Synthetic conference: ${count} sessions (seed ${seed})'`,
  "date: '2024-01-18T12:00:00.000Z'", `path: '/bench/synthetic-${count}'`, '---', '',
  'A generated post for talkboard benchmarks. Every time below is Central European Time.', '');
let written = 0;
for (let day = 0; day < dayCount && written < count; day++) {
  const date = new Date(Date.UTC(2024, 2, 19 + day));
  const dateLine = `${WEEKDAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const today = Math.min(perDay, count - written);
  const tracks = Math.min(TRACKS.length, Math.max(1, Math.ceil(today / 8)));
  for (let t = 0; t < tracks; t++) {
    const inTrack = Math.floor(today / tracks) + (t < today % tracks ? 1 : 0);
    if (!inTrack) continue;
    out.push(`## ${TRACKS[t]}`, '');
    // Sessions of a track run from 09:00 to 18:00; large posts pack several into each slot.
    const step = Math.max(5, Math.floor(540 / inTrack / 5) * 5);
    for (let i = 0; i < inTrack; i++) {
      const start = 540 + ((i * step) % 540);
      const end = start + [5, 15, 25, 30, 40][between(0, 4)];
      const id = (written + 1).toString(36);
      out.push(`[${title()} - ${speakers()}](https://conf.example/s/${id})`, '',
        `${dateLine}, ${clock(start)} - ${clock(end)} CET`, '', abstract(), '');
      written++;
    }
  }
}
const text = out.join('\n');
if (outFile) writeFileSync(outFile, text); else process.stdout.write(text);
