// The query answer as core-loader.js hands it to the element: board.query(q) -> an object whose
// matching sessions are an Int32Array copied out of wasm memory (each slot of each group a subarray
// of it), and board.highlights(text, sessions) for the rows being rendered. The markdown core,
// loaded in Node as docs/ARCHITECTURE.md ("Toolchain notes") says (ES module + {wasmBinary}), on the demo post.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { needsWeb } from '../prerequisites.mjs';
import { boardClassOf, demoPost } from './wasm_core.mjs';

const skip = needsWeb('talkboard_core.wasm');

async function demoBoard() {
  const Board = await boardClassOf('talkboard_core');
  const board = new Board();
  assert.equal(JSON.parse(board.load(demoPost)).ok, true);
  return { Board, board, schedule: JSON.parse(board.schedule()) };
}

// What the core's folding does for the text searched here: lower case, no accents.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const sessionText = (s) => [s.title, ...s.speakers.flatMap((p) => [p.name, p.org || '']), s.abstract || ''];

test('query: every session in display order as an Int32Array, groups as its subarrays', { skip }, async () => {
  const { board, schedule } = await demoBoard();
  try {
    const answer = board.query({});
    assert.ok(answer.sessions instanceof Int32Array);
    assert.equal(answer.sessions.length, schedule.sessions.length);
    assert.equal(answer.total, schedule.sessions.length);
    assert.deepEqual([...answer.sessions].sort((a, b) => a - b), schedule.sessions.map((_, i) => i));
    assert.equal('highlights' in answer, false);
    assert.equal('count' in answer, false);
    const grouped = answer.groups.flatMap((day) => day.slots.flatMap((slot) => {
      assert.ok(slot.sessions instanceof Int32Array);
      assert.equal(slot.sessions.length, slot.count);
      for (const i of slot.sessions) assert.equal(schedule.sessions[i].start || null, slot.label || null);
      return [...slot.sessions];
    }));
    assert.deepEqual(grouped, [...answer.sessions]);
    const values = JSON.parse(board.dimensionValues());
    for (const key of ['day', 'kind', 'section', 'speaker', 'org', 'room', 'track']) {
      assert.ok(answer.facets[key] instanceof Int32Array);
      assert.equal(answer.facets[key].length, values[key].length);
    }
    // Nothing filtered: each day's count is its sessions, and each group is one day with its label.
    assert.deepEqual([...answer.facets.day], values.day.map((d) => schedule.sessions.filter((s) => s.date === d.value).length));
    for (const day of answer.groups) {
      const known = values.day.find((d) => d.value === day.date);
      assert.equal(day.label, known ? known.label : '');
      for (const slot of day.slots) for (const i of slot.sessions) assert.equal(schedule.sessions[i].date || '', day.date);
    }
    assert.deepEqual(answer.conflicts, { pairs: [], truncated: false });
  } finally {
    board.delete();
  }
});

test('query: a search keeps exactly the sessions whose text has every term; sessions last until the next query', { skip }, async () => {
  const { board, schedule } = await demoBoard();
  try {
    const all = [...board.query({ text: '' }).sessions];
    const answer = board.query({ text: 'Kubernetes  É' });
    assert.deepEqual(answer.terms, ['kubernetes', 'e']);
    const expected = [...all].filter((i) => ['kubernetes', 'e'].every((t) => sessionText(schedule.sessions[i]).some((f) => fold(f).includes(t))));
    assert.ok(expected.length > 0);
    assert.deepEqual([...answer.sessions], expected);
    const kept = [...answer.sessions];
    board.highlights('kubernetes', kept);  // other calls leave the answer alone
    board.dimensionValues();
    assert.deepEqual([...answer.sessions], kept);
    assert.deepEqual([...answer.groups.flatMap((d) => d.slots.flatMap((slot) => [...slot.sessions]))], kept);
    assert.equal(board.query({ text: 'zzzqx-no-such-text' }).sessions.length, 0);
    const again = board.query({ text: 'Kubernetes  É' });  // a later query reuses the buffer
    assert.deepEqual([...again.sessions], kept);
  } finally {
    board.delete();
  }
});

test('highlights: for the sessions asked, in UTF-16 offsets of the original text', { skip }, async () => {
  const { board, schedule } = await demoBoard();
  try {
    const text = 'kubernetes';
    const sessions = [...board.query({ text }).sessions].slice(0, 5);
    assert.ok(sessions.length > 0);
    const highlights = board.highlights(text, sessions);
    assert.deepEqual(highlights.map((h) => h.session), sessions);
    let marks = 0;
    for (const h of highlights) {
      const s = schedule.sessions[h.session];
      const fields = [[s.title, h.title], [s.abstract || '', h.abstract]];
      s.speakers.forEach((p, i) => fields.push([p.name, h.speakers[i].name], [p.org || '', h.speakers[i].org]));
      for (const [original, ranges] of fields) {
        for (const [begin, end] of ranges) {
          assert.equal(fold(original.slice(begin, end)), text);
          marks++;
        }
      }
    }
    assert.ok(marks >= sessions.length);
  } finally {
    board.delete();
  }
});

test('highlights: non-ASCII text and odd input (no terms, unknown sessions, before load)', { skip }, async () => {
  const { Board, board, schedule } = await demoBoard();
  try {
    // A session whose title has a character outside ASCII before the match: UTF-16, not bytes.
    const i = schedule.sessions.findIndex((s) => /[^\x00-\x7f]/.test(s.title) && /[a-z]{4}\s*$/i.test(s.title));
    if (i >= 0) {
      const word = schedule.sessions[i].title.match(/([a-z]{4})\s*$/i)[1];
      const [h] = board.highlights(word, [i]);
      assert.ok(h.title.length > 0);
      for (const [begin, end] of h.title) assert.equal(fold(schedule.sessions[i].title.slice(begin, end)), fold(word));
    }
    const [none] = board.highlights('', [0]);
    assert.deepEqual(none.title, []);
    assert.deepEqual(none.abstract, []);
    assert.deepEqual(board.highlights('kubernetes', [-1, schedule.sessions.length, 1e9]), []);
    assert.deepEqual(board.highlights('kubernetes', []), []);
    const fresh = new Board();
    try {
      assert.equal(fresh.query({ text: 'x' }), null);
      assert.deepEqual(fresh.highlights('x', [0]), []);
    } finally {
      fresh.delete();
    }
  } finally {
    board.delete();
  }
});
