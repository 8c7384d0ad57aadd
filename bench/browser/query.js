// Query latency in the page, same engine, same data: what <talk-board> pays per render for its
// answer, against the floor's JS substring filter (cards.js makeFilter over lowercased haystacks
// built once at load). No DOM work in either. Target: the core at 100k no slower than the JS filter.
//
// Timed for the core, per query, exactly the request the element's _render makes
// (web/src/element/schedule-data.js): board.query(q, 24) through the shipped client
// (talkboard.js's BoardClient), with the element's query (text, nothing selected, favorites [], nowUtc = now so
// that now/next is computed), from the call to the answer in the page: the message to the worker,
// the wasm query there, the cards and (with terms) highlights of the first 24 matches, and the
// answer's way back (the matches and facet counts as transferred Int32Arrays).
// Before timing, one empty query: the element's first render, which also precedes any keystroke.
// Not timed: the element's own DOM work (flattening days into rows, building the articles),
// which the floor page has its counterpart of (toggling every card) outside this comparison too.
// Results land in window.__benchQuery: [{text, core_ms, js_ms, core_matches, js_matches}] (medians).
import { BoardClient } from './talkboard.js';
import { haystack, makeFilter, postParam } from './cards.js';

const QUERIES = ['k', 'kernel', 'tracing production', 'rossi', 'zzzqx'];
const ROWS_WITH_ANSWER = 24;  // as in web/src/element/schedule-data.js
const REPS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
async function time(fn) {
  let out;
  const ms = [];
  for (let i = 0; i < REPS; i++) { const t = performance.now(); out = await fn(); ms.push(performance.now() - t); }
  return [median(ms), out];
}

// The element's _query() with nothing selected.
const elementQuery = (text) => ({
  text, selected: {}, favoritesOnly: false, favorites: [], hidePast: false, nowUtc: Date.now() / 1000,
  zone: { eventTime: true, utcOffsetMinutes: 0 },
});

const post = postParam();
const [markdown, data] = await Promise.all([
  fetch(post).then((r) => r.arrayBuffer()), fetch(post.replace(/\.md$/, '.json')).then((r) => r.json())]);
const board = new BoardClient();
board.feed(new Uint8Array(markdown));
await board.load();
await board.query(elementQuery(''), ROWS_WITH_ANSWER);  // the element's first render, before anyone can type
const filter = makeFilter(data.sessions, data.sessions.map(haystack));
const none = new Set();
const results = [];
for (const text of QUERIES) {
  const [coreMs, answer] = await time(() => board.query(elementQuery(text), ROWS_WITH_ANSWER));
  const [jsMs, keep] = await time(() => filter(text, none));
  results.push({ text, core_ms: coreMs, js_ms: jsMs, core_matches: answer.sessions.length, js_matches: keep.reduce((a, b) => a + b, 0) });
}
window.__benchQuery = results;
