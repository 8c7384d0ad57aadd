// Query latency in the page, same engine, same data: talkboard's core query through the shipped
// loader (core-loader.js: wasm query + its JSON answer + JSON.parse, what the element pays per
// render) against the floor's JS substring filter (cards.js makeFilter over lowercased haystacks
// built once at load). No DOM work in either. Target: the core at 100k no slower than the JS filter.
// Results land in window.__benchQuery: [{text, core_ms, js_ms, core_matches, js_matches}] (medians).
import { loadCore } from './core-loader.js';
import { haystack, makeFilter, postParam } from './cards.js';

const QUERIES = ['k', 'kernel', 'tracing production', 'rossi', 'zzzqx'];
const REPS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function time(fn) {
  let out;
  const ms = [];
  for (let i = 0; i < REPS; i++) { const t = performance.now(); out = fn(); ms.push(performance.now() - t); }
  return [median(ms), out];
}

const post = postParam();
const [markdown, data, core] = await Promise.all([
  fetch(post).then((r) => r.text()), fetch(post.replace(/\.md$/, '.json')).then((r) => r.json()), loadCore()]);
const board = new core.Board();
board.load(markdown);
const filter = makeFilter(data.sessions, data.sessions.map(haystack));
const none = new Set();
const results = [];
for (const text of QUERIES) {
  const [coreMs, answer] = time(() => JSON.parse(board.query({ text })));
  const [jsMs, keep] = time(() => filter(text, none));
  results.push({ text, core_ms: coreMs, js_ms: jsMs, core_matches: answer.sessions.length, js_matches: keep.reduce((a, b) => a + b, 0) });
}
window.__benchQuery = results;
