// Query latency in the page, same engine, same data: what <talk-board> pays per render for its
// answer, against the floor's JS substring filter (cards.js makeFilter over lowercased haystacks
// built once at load). No DOM work in either. Target: the core at 100k no slower than the JS filter.
//
// Timed for the core, per query, exactly the calls talkboard-element.js _render makes:
//   1. board.query(q) through the shipped loader (core-loader.js) with the element's query object
//      (text, every filter list empty, favorites [], now = Date.now() / 1000 so that now/next is
//      computed): the wasm query; JSON.parse of its small JSON (total, terms, conflicts, now/next);
//      the copy out of wasm memory of the matching sessions (every match: 90,712 for "k") into the
//      board's reused Int32Array, and of every dimension's facet counts into new ones; and the
//      day/slot groups the loader builds from the core's slot runs, each slot with its subarray;
//   2. when the search has terms, board.highlights(text, the first HIGHLIGHT_FIRST sessions), the
//      element's one call for the rows its first window renders (HIGHLIGHT_FIRST = 32 there; its
//      first window at 1280x900 on this post holds at most 8 sessions, measured, so the
//      one-by-one calls for later rows do not happen on a render at the top of the list).
// Before timing, one empty query: the element's first render, which also precedes any keystroke.
// Not timed: the element's own DOM work (flattening groups into rows, building the articles),
// which the floor page has its counterpart of (toggling every card) outside this comparison too.
// Results land in window.__benchQuery: [{text, core_ms, js_ms, core_matches, js_matches}] (medians).
import { loadCore } from './core-loader.js';
import { haystack, makeFilter, postParam } from './cards.js';

const QUERIES = ['k', 'kernel', 'tracing production', 'rossi', 'zzzqx'];
const HIGHLIGHT_FIRST = 32;  // as in talkboard-element.js
const REPS = 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
function time(fn) {
  let out;
  const ms = [];
  for (let i = 0; i < REPS; i++) { const t = performance.now(); out = fn(); ms.push(performance.now() - t); }
  return [median(ms), out];
}

// talkboard-element.js _query() with nothing selected.
const elementQuery = (text) => ({
  text, favoritesOnly: false, hidePast: false, now: Date.now() / 1000, favorites: [],
  days: [], kinds: [], sections: [], speakers: [], orgs: [], rooms: [], tracks: [],
});

const post = postParam();
const [markdown, data, core] = await Promise.all([
  fetch(post).then((r) => r.text()), fetch(post.replace(/\.md$/, '.json')).then((r) => r.json()), loadCore()]);
const board = new core.Board();
board.load(markdown);
board.query(elementQuery(''));  // the element's first render, before anyone can type
const filter = makeFilter(data.sessions, data.sessions.map(haystack));
const none = new Set();
const results = [];
for (const text of QUERIES) {
  const [coreMs, answer] = time(() => {
    const q = elementQuery(text);
    const result = board.query(q);
    if (result.terms.length) board.highlights(q.text, result.sessions.subarray(0, HIGHLIGHT_FIRST));
    return result;
  });
  const [jsMs, keep] = time(() => filter(text, none));
  results.push({ text, core_ms: coreMs, js_ms: jsMs, core_matches: answer.sessions.length, js_matches: keep.reduce((a, b) => a + b, 0) });
}
window.__benchQuery = results;
