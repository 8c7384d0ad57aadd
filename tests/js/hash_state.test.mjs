// The URL hash state of <talk-board> (web/src/element/hash-state.js): pure functions, tested here
// without a browser. README "Deep links" describes the keys and the per-board prefixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  boardParams, boardStateParams, hashPrefix, readBoardState, replaceBoardParams, shareHash,
} from '../../web/src/element/hash-state.js';
import { DIMENSION_KEYS } from '../../web/src/element/dimensions.js';

const state = (hash, prefix = '') => readBoardState(boardParams(hash, prefix), DIMENSION_KEYS);

test('hashPrefix: an id prefixes, the first board without one uses bare keys, others stay out', () => {
  assert.equal(hashPrefix('talks', false), 'talks.');
  assert.equal(hashPrefix('talks', true), 'talks.');
  assert.equal(hashPrefix('', true), '');
  assert.equal(hashPrefix(null, false), null);
});

test('readBoardState reads search, repeated filters, mine, open and shared', () => {
  const s = state('#q=ebpf&day=2024-03-19&day=2024-03-20&kind=keynote&mine=1&open=abc&shared=x%2Cy');
  assert.equal(s.text, 'ebpf');
  assert.deepEqual(s.selected.day, ['2024-03-19', '2024-03-20']);
  assert.deepEqual(s.selected.kind, ['keynote']);
  assert.deepEqual(s.selected.org, []);
  assert.equal(s.mine, true);
  assert.equal(s.open, 'abc');
  assert.equal(s.shared, 'x,y');
});

test('time: mine, event, or unsaid (the remembered choice then holds)', () => {
  assert.equal(state('#time=mine').myTime, true);
  assert.equal(state('#time=event').myTime, false);
  assert.equal(state('#q=x').myTime, null);
  assert.equal(state('#time=nonsense').myTime, null);
  const selected = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, []]));
  assert.equal(boardStateParams({ text: '', selected, mine: false, myTime: true }, DIMENSION_KEYS).toString(), 'time=mine');
  assert.equal(boardStateParams({ text: '', selected, mine: false, myTime: false }, DIMENSION_KEYS).toString(), '');
});

test('view: timetable or speakers; the list when absent or unknown, and then not written', () => {
  assert.equal(state('#view=timetable&q=x').view, 'timetable');
  assert.equal(state('#view=speakers').view, 'speakers');
  assert.equal(state('#q=x').view, 'list');
  assert.equal(state('#view=grid').view, 'list');
  assert.equal(state('#left.view=timetable', 'left.').view, 'timetable');
  assert.equal(state('#left.view=timetable').view, 'list', 'another board\'s view');
  const selected = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, []]));
  assert.equal(boardStateParams({ text: '', selected, view: 'timetable' }, DIMENSION_KEYS).toString(), 'view=timetable');
  assert.equal(boardStateParams({ text: '', selected, view: 'list' }, DIMENSION_KEYS).toString(), '');
});

test('an empty hash is the default state', () => {
  const s = state('');
  assert.equal(s.text, '');
  assert.equal(s.mine, false);
  assert.equal(s.open, null);
  assert.equal(s.shared, null);
  assert.equal(s.view, 'list');
  for (const key of DIMENSION_KEYS) assert.deepEqual(s.selected[key], []);
});

test('a board reads only its own keys: prefixed for an id, bare (no dot) otherwise', () => {
  const hash = '#q=bare&left.q=beta&right.q=delta&left.day=2024-03-19';
  assert.equal(state(hash).text, 'bare');
  assert.equal(state(hash, 'left.').text, 'beta');
  assert.deepEqual(state(hash, 'left.').selected.day, ['2024-03-19']);
  assert.equal(state(hash, 'right.').text, 'delta');
  assert.deepEqual(state(hash, 'right.').selected.day, []);
});

test('boardStateParams is the inverse of readBoardState and leaves empty parts out', () => {
  const selected = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, new Set()]));
  selected.day.add('2024-03-19');
  selected.speaker.add('Ann Lee').add('Bo Chen');
  const written = boardStateParams({ text: 'kernel & more', selected, mine: true, open: null, shared: null }, DIMENSION_KEYS);
  assert.equal(written.toString(), 'q=kernel+%26+more&day=2024-03-19&speaker=Ann+Lee&speaker=Bo+Chen&mine=1');
  const back = readBoardState(written, DIMENSION_KEYS);
  assert.equal(back.text, 'kernel & more');
  assert.deepEqual(back.selected.speaker, ['Ann Lee', 'Bo Chen']);
  assert.equal(back.mine, true);
  const none = boardStateParams({ text: '', selected: {}, mine: false, open: null, shared: null }, DIMENSION_KEYS);
  assert.equal(none.toString(), '');
});

test('replaceBoardParams swaps this board\'s keys and keeps every other board\'s', () => {
  const hash = 'left.q=beta&q=old&right.q=delta&day=2024-03-19';
  assert.equal(replaceBoardParams(hash, 'left.', new URLSearchParams('q=gamma&mine=1')),
    'q=old&right.q=delta&day=2024-03-19&left.q=gamma&left.mine=1');
  assert.equal(replaceBoardParams(`#${hash}`, '', new URLSearchParams('q=new')),
    'left.q=beta&right.q=delta&q=new');
  assert.equal(replaceBoardParams('q=x', '', new URLSearchParams()), '');
});

test('shareHash names the shared ids under the board\'s prefix', () => {
  assert.equal(shareHash('', ['a1', 'b2']), 'shared=a1%2Cb2');
  assert.equal(shareHash('talks.', ['a1']), 'talks.shared=a1');
  assert.equal(shareHash(null, ['a1']), 'shared=a1');
  assert.equal(state(`#${shareHash('', ['a1', 'b2'])}`).shared, 'a1,b2');
});
