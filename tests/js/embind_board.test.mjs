// The core's contract with JS under embind (wasm/bindings.cpp), on the markdown core in Node:
// every answer's field names (a field renamed in C++ fails here; one renamed in JS fails where the
// page reads it, through core-loader.js's strictFields, tested below), the long lists as
// Int32Arrays JS owns, the view (days and slots, on the event's or the reader's clock), cards,
// highlights in UTF-16, calendars, and the errors of bad input and bad queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { needsWeb } from '../prerequisites.mjs';
import { coreOf, demoPost, loadedBoard, projectDir, query } from './wasm_core.mjs';

const skip = needsWeb('talkboard_core.wasm');
const DIMENSIONS = ['day', 'kind', 'section', 'speaker', 'org', 'room', 'track', 'language'];
const keys = (object) => Object.keys(object).sort();

async function demo() {
  const core = await coreOf('talkboard_core');
  const { board, result } = loadedBoard(core, demoPost, 1000);
  assert.equal(result.ok, true, result.message);
  const cards = Array.from({ length: result.sessions }, (_, i) => board.card(i));
  return { core, board, result, cards };
}

// What the core's folding does for the text searched here: lower case, no accents.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// A timetable day's column names: its columns are (value, firstTrack, tracks) triples, the value an
// id into board.values()[columnsBy], -1 for the sessions without a room or section.
const columnNames = (board, columnsBy, day) => [...day.columns].filter((_, i) => i % 3 === 0)
  .map((value) => (value < 0 ? '' : board.values()[columnsBy][value].value));
const cardText = (c) => [c.title, ...c.speakers.flatMap((p) => [p.name, p.org]), c.abstract];

test('every answer has exactly the fields bindings.cpp names', { skip }, async () => {
  const { board, result, cards } = await demo();
  try {
    assert.deepEqual(keys(result), ['error', 'message', 'ok', 'sessions']);
    const answer = board.query(query({ nowUtc: Date.UTC(2024, 2, 19, 9, 0) / 1000, favorites: [cards[0].id, cards[1].id] }));
    assert.deepEqual(keys(answer), ['conflicts', 'days', 'facets', 'nowNext', 'sessions', 'terms', 'total']);
    assert.deepEqual(keys(answer.facets), [...DIMENSIONS].sort());
    assert.deepEqual(keys(answer.days[0]), ['date', 'label', 'slots']);
    assert.deepEqual(keys(answer.days[0].slots[0]), ['count', 'first', 'label', 'startMinute']);
    assert.deepEqual(keys(answer.conflicts), ['pairs', 'truncated']);
    assert.deepEqual(keys(answer.nowNext), ['next', 'now']);
    const values = board.values();
    assert.deepEqual(keys(values), [...DIMENSIONS].sort());
    assert.deepEqual(keys(values.day[0]), ['label', 'value']);
    assert.deepEqual(keys(cards[0]), ['abstract', 'date', 'end', 'id', 'kind', 'kindLabel', 'language', 'resources', 'room',
      'section', 'session', 'speakers', 'start', 'title', 'track', 'tz', 'url', 'utcEnd', 'utcStart']);
    assert.deepEqual(keys(cards[0].speakers[0]), ['name', 'org', 'role']);
    const h = board.highlight('cilium', 0);
    assert.deepEqual(keys(h), ['abstract', 'session', 'speakers', 'title']);
    assert.deepEqual(keys(h.speakers[0]), ['name', 'org']);
    const range = [...h.title, ...h.abstract][0];
    assert.deepEqual(keys(range), ['begin', 'end']);
    assert.equal(typeof board.post().title, 'string');
    const timetable = board.timetable();
    assert.deepEqual(keys(timetable), ['columnsBy', 'days', 'tooMany']);
    assert.deepEqual(keys(timetable.days[0]), ['cells', 'columns', 'firstMinute', 'marks', 'nowMinute', 'rowMinutes', 'rows',
      'tracks', 'untimed']);
    assert.ok(timetable.days[0].columns instanceof Int32Array);  // 3 ints per column
    assert.ok(timetable.days[0].cells instanceof Int32Array);  // 6 ints per cell
    assert.ok(timetable.days[0].marks instanceof Int32Array);  // 2 ints per mark
    const speakers = board.speakers();
    assert.deepEqual(keys(speakers[0]), ['name', 'orgs', 'sessions', 'speaker']);
  } finally {
    board.delete();
  }
});

test('a query with a field missing or an unknown dimension is refused, not guessed', { skip }, async () => {
  const { board } = await demo();
  try {
    const { favorites, ...withoutFavorites } = query();
    assert.throws(() => board.query(withoutFavorites), /Missing field.*favorites/);
    assert.throws(() => board.query(query({ zone: { eventTime: true } })), /Missing field.*utcOffsetMinutes/);
    assert.throws(() => board.query(query({ selected: { days: ['2024-03-19'] } })), /unknown dimension: days/);
    assert.equal(board.query(query({ selected: { day: ['2024-03-19'] } })).sessions.length, 13);
  } finally {
    board.delete();
  }
});

test('query: the matches as an Int32Array in view order, days and slots as ranges of it', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const answer = board.query(query());
    assert.ok(answer.sessions instanceof Int32Array);
    assert.equal(answer.total, cards.length);
    assert.deepEqual([...answer.sessions].sort((a, b) => a - b), cards.map((_, i) => i));
    const values = board.values();
    for (const d of DIMENSIONS) {
      assert.ok(answer.facets[d] instanceof Int32Array);
      assert.equal(answer.facets[d].length, values[d].length);
    }
    assert.deepEqual([...answer.facets.day], values.day.map((v) => cards.filter((c) => c.date === v.value).length));
    let next = 0;
    for (const day of answer.days) {
      assert.equal(day.label, values.day.find((v) => v.value === day.date).label);
      for (const slot of day.slots) {
        assert.equal(slot.first, next, 'slots follow each other without gaps');
        for (const i of answer.sessions.subarray(slot.first, slot.first + slot.count)) {
          assert.equal(cards[i].date, day.date);
          assert.equal(cards[i].start, slot.label);
          assert.equal(slot.startMinute, Number(slot.label.slice(0, 2)) * 60 + Number(slot.label.slice(3)));
        }
        next += slot.count;
      }
    }
    assert.equal(next, answer.sessions.length);
    // The lists are copies JS owns: a later query, and memory growth, leave them as they were.
    const kept = [...answer.sessions];
    board.query(query({ text: 'zzzqx-no-such-text' }));
    const { board: other } = loadedBoard(await coreOf('talkboard_core'), demoPost.repeat(20));
    other.delete();
    assert.deepEqual([...answer.sessions], kept);
  } finally {
    board.delete();
  }
});

test('query: a search keeps exactly the sessions whose text has every term', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const all = [...board.query(query()).sessions];
    const answer = board.query(query({ text: 'Kubernetes  É' }));
    assert.deepEqual([...answer.terms], ['kubernetes', 'e']);
    const expected = all.filter((i) => ['kubernetes', 'e'].every((t) => cardText(cards[i]).some((f) => fold(f).includes(t))));
    assert.ok(expected.length > 0);
    assert.deepEqual([...answer.sessions], expected);
    assert.equal(board.query(query({ text: 'zzzqx-no-such-text' })).sessions.length, 0);
  } finally {
    board.delete();
  }
});

test('query: days and slots follow the reader\'s zone; the event\'s time is the default', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const event = board.query(query());
    assert.deepEqual(event.days.map((d) => d.date), ['2024-03-19', '2024-03-20']);
    assert.equal(event.days[0].slots[0].label, '09:00');  // CET, as written
    // Tokyo, UTC+9: the 19th's talks from 15:00 CET on are on the 20th there.
    const tokyo = board.query(query({ zone: { eventTime: false, utcOffsetMinutes: 9 * 60 } }));
    assert.equal(tokyo.days[0].date, '2024-03-19');
    assert.equal(tokyo.days[0].slots[0].label, '17:00');
    assert.equal(tokyo.days[1].date, '2024-03-20');
    assert.equal(tokyo.days[1].label, 'Wednesday, March 20');
    for (const day of tokyo.days) {
      for (const slot of day.slots) {
        for (const i of tokyo.sessions.subarray(slot.first, slot.first + slot.count)) {
          const shown = new Date(Date.parse(cards[i].utcStart) + 9 * 3600e3).toISOString();
          assert.equal(shown.slice(0, 10), day.date);
          assert.equal(shown.slice(11, 16), slot.label);
        }
      }
    }
  } finally {
    board.delete();
  }
});

test('cards: display text of every field; highlights in UTF-16 offsets of the original text', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const lightning = cards.find((c) => c.kind === 'lightning_talk');
    assert.ok(lightning, 'the demo has a lightning talk');
    assert.equal(lightning.kindLabel, 'Lightning Talk');
    assert.match(lightning.utcStart, /^2024-03-\d\dT\d\d:\d\d:00Z$/);
    assert.match(lightning.start, /^\d\d:\d\d$/);
    assert.equal(lightning.tz, 'CET');
    const plain = cards.find((c) => !c.kind);
    assert.equal(plain.kindLabel, '');
    const text = 'kubernetes';
    const sessions = [...board.query(query({ text })).sessions].slice(0, 5);
    let marks = 0;
    for (const i of sessions) {
      const h = board.highlight(text, i);
      assert.equal(h.session, i);
      const c = cards[i];
      const fields = [[c.title, h.title], [c.abstract, h.abstract]];
      c.speakers.forEach((p, k) => fields.push([p.name, h.speakers[k].name], [p.org, h.speakers[k].org]));
      for (const [original, ranges] of fields) {
        for (const { begin, end } of ranges) {
          assert.equal(fold(original.slice(begin, end)), text);
          marks++;
        }
      }
    }
    assert.ok(marks >= sessions.length);
    // A title with a character outside ASCII before the match: UTF-16 units, not bytes.
    const i = cards.findIndex((c) => /[^\x00-\x7f]/.test(c.title) && /[a-z]{4}\s*$/i.test(c.title));
    if (i >= 0) {
      const word = cards[i].title.match(/([a-z]{4})\s*$/i)[1];
      for (const { begin, end } of board.highlight(word, i).title) assert.equal(fold(cards[i].title.slice(begin, end)), fold(word));
    }
  } finally {
    board.delete();
  }
});

test('calendars: all sessions, exactly the ones named, or none', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const events = (ics) => (ics.match(/BEGIN:VEVENT/g) || []).length;
    assert.equal(events(board.calendarAll()), cards.length);
    assert.equal(events(board.calendarOf([cards[3].id, cards[1].id, 'no-such-id'])), 2);
    // A session keeps its UID whichever calendar it is exported in.
    const uidOf = (ics) => ics.match(/^UID:(.*)\r$/m)[1];
    const alone = uidOf(board.calendarOf([cards[3].id]));
    assert.ok(board.calendarAll().includes(`UID:${alone}\r\n`));
    assert.notEqual(alone, uidOf(board.calendarOf([cards[1].id])));
    const empty = board.calendarOf([]);
    assert.equal(events(empty), 0, 'nothing starred is an empty calendar, never all of them');
    assert.match(empty, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  } finally {
    board.delete();
  }
});

test('timetable and speakers: the last query\'s answer laid out as a grid and as people', { skip }, async () => {
  const { board, cards } = await demo();
  try {
    const answer = board.query(query({ selected: { day: ['2024-03-19'] } }));
    const timetable = board.timetable();
    assert.equal(timetable.tooMany, false);
    assert.equal(timetable.columnsBy, 'section');  // a post has no rooms
    assert.equal(timetable.days.length, 1);
    const [day] = timetable.days;  // parallel to the answer's days
    assert.equal(answer.days[0].date, '2024-03-19');
    assert.ok(day.untimed instanceof Int32Array);
    // The cells, six ints each: session, column, track, trackSpan, row, rowSpan.
    const cells = [];
    for (let i = 0; i < day.cells.length; i += 6) {
      const [session, column, track, trackSpan, row, rowSpan] = day.cells.subarray(i, i + 6);
      cells.push({ session, column, track, trackSpan, row, rowSpan });
    }
    // Every match has exactly one cell (or is untimed), each inside the grid.
    const placed = [...cells.map((c) => c.session), ...day.untimed].sort((a, b) => a - b);
    assert.deepEqual(placed, [...answer.sessions].sort((a, b) => a - b));
    for (const cell of cells) {
      assert.ok(cell.row >= 0 && cell.row + cell.rowSpan <= day.rows, `${cards[cell.session].title}: rows`);
      assert.ok(cell.track >= 0 && cell.track + cell.trackSpan <= day.tracks, `${cards[cell.session].title}: tracks`);
      assert.equal(columnNames(board, timetable.columnsBy, day)[cell.column], cards[cell.session].section);
    }
    // Reading order is by start time.
    const starts = cells.map((c) => cards[c.session].start);
    assert.deepEqual(starts, [...starts].sort());
    // Marks: (row, slot) pairs; the slot's label is the time of the row's first sessions.
    for (let i = 0; i < day.marks.length; i += 2) {
      const [row, slot] = day.marks.subarray(i, i + 2);
      const { label, first } = answer.days[0].slots[slot];
      assert.equal(cards[answer.sessions[first]].start, label);
      assert.ok(cells.some((c) => c.row === row && c.session === answer.sessions[first]));
    }

    const speakers = board.speakers();
    assert.ok(speakers.length > 10);
    for (const person of speakers) {
      assert.ok(person.sessions instanceof Int32Array);
      for (const session of person.sessions) {
        assert.ok([...answer.sessions].includes(session));
        assert.ok(cards[session].speakers.some((sp) => fold(sp.name) === fold(person.name)), `${person.name} speaks in ${cards[session].title}`);
      }
    }
    // A search narrows both views to its matches.
    board.query(query({ text: 'tetragon' }));
    const found = board.timetable().days.flatMap((d) => [...d.cells].filter((_, i) => i % 6 === 0));
    assert.ok(found.length > 0);
    assert.ok(found.every((session) => fold(cardText(cards[session]).join(' ')).includes('tetragon')));
    assert.ok(board.speakers().length < speakers.length);
  } finally {
    board.delete();
  }
});

test('imported schedules: rooms are the columns; language filters; recordings and slides on the card', { skip: needsWeb('talkboard_core_full.wasm') }, async () => {
  const core = await coreOf('talkboard_core_full');
  const schedule = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json'), 'utf8');
  const { board, result } = loadedBoard(core, schedule);
  try {
    assert.equal(result.ok, true, result.message);
    assert.deepEqual(board.values().language.map((v) => v.value), ['de', 'en']);
    const answer = board.query(query({ selected: { language: ['de'] } }));
    const titles = [...answer.sessions].map((i) => board.card(i).title);
    assert.deepEqual(titles, ['Securing Build Pipelines', 'Fuzz Clinic']);
    const card = board.card(answer.sessions[0]);
    assert.equal(card.language, 'de');
    assert.deepEqual(card.resources.map((r) => ({ ...r })), [
      { kind: 'video', url: 'https://media.ccc.de/v/roomcon2024-2-securing-build-pipelines' },
      { kind: 'slides', url: 'https://example.org/roomcon/talk/2/slides.pdf' },
    ]);
    board.query(query());
    const timetable = board.timetable();
    assert.equal(timetable.columnsBy, 'room');
    assert.deepEqual(columnNames(board, timetable.columnsBy, timetable.days[0]), ['Main Hall', 'Workshop Room']);
  } finally {
    board.delete();
  }
});

test('a post that writes no year takes the one in its address, as the CLI takes its file name\'s', { skip }, async () => {
  const core = await coreOf('talkboard_core');
  const post = '## Schedule\n\nTuesday, September 26th\n\n- 09:00 - 09:30 Welcome: Ana Li (Acme)\n- 09:30 - 10:00 Tracing at scale: Bo Chen (Initech)\n';
  const dates = (address) => {
    const { board, result } = loadedBoard(core, post, 4096, address);
    try {
      assert.equal(result.ok, true);
      board.query(query());
      return [0, 1].map((i) => board.card(i).date);
    } finally {
      board.delete();
    }
  };
  assert.deepEqual(dates('https://example.org/events/2023/summit/'), ['2023-09-26', '2023-09-26']);
  assert.deepEqual(dates(''), ['', '']);
});

test('load with headBytes: the head of the input read on its own, the input kept for the whole post', { skip }, async () => {
  const core = await coreOf('talkboard_core');
  const board = new core.Board();
  try {
    const bytes = new TextEncoder().encode(demoPost);
    board.inputSpace(bytes.length).set(bytes);
    const whole = board.load('', 0);
    assert.equal(whole.ok, true);
    const titles = (n) => Array.from({ length: n }, (_, i) => board.card(i).title);
    const all = titles(whole.sessions);
    board.inputSpace(bytes.length).set(bytes);
    // A head of 4 KB: fewer sessions, each of them one of the post's (the post lists them in order).
    const head = board.load('', 4096);
    assert.equal(head.ok, true, head.message);
    assert.ok(head.sessions > 0 && head.sessions < whole.sessions, `${head.sessions} of ${whole.sessions}`);
    assert.deepEqual(titles(head.sessions), all.slice(0, head.sessions));
    assert.equal(board.query(query()).total, head.sessions, 'queries answer from the head');
    // The input is still there: load() reads all of it, as if no head had been read.
    const again = board.load('', 0);
    assert.equal(again.sessions, whole.sessions);
    assert.deepEqual(titles(again.sessions), all);
    // A head without a blank line is no post; neither is one after the input was let go.
    board.inputSpace(bytes.length).set(bytes);
    assert.equal(board.load('', 3).error, 'empty_input');
    assert.equal(board.load('', 0).ok, true);
    assert.equal(board.load('', 4096).error, 'empty_input');
  } finally {
    board.delete();
  }
});

test('bad input: errors are values; a board that did not load answers empty, never crashes', { skip }, async () => {
  const core = await coreOf('talkboard_core');
  const cases = [['', 'empty_input'], ['just prose, no talks', 'no_sessions'], ['\u0000\u0001binary', 'binary_input']];
  for (const [text, error] of cases) {
    const { board, result } = loadedBoard(core, text);
    try {
      assert.equal(result.ok, false);
      assert.equal(result.error, error);
      assert.ok(result.message.length > 0);
      assert.equal(result.sessions, 0);
      const answer = board.query(query({ text: 'x' }));
      assert.equal(answer.sessions.length, 0);
      assert.equal(answer.total, 0);
      assert.equal(board.card(0).session, -1);
      assert.equal(board.highlight('x', 0).session, -1);
      assert.equal(board.size(), 0);
      assert.deepEqual(board.timetable().days, []);
      assert.deepEqual(board.speakers(), []);
    } finally {
      board.delete();
    }
  }
  // Over the input limit (32 MiB): no room is given, and load() says why.
  const board = new core.Board();
  try {
    const first = board.inputSpace(1000);
    assert.equal(first.length, 1000);
    first.set(new TextEncoder().encode(demoPost).subarray(0, 1000));
    assert.equal(board.inputSpace(32 * 1024 * 1024).length, 0);
    assert.equal(board.inputSpace(10).length, 0, 'once over, the rest is dropped too');
    const result = board.load('', 0);
    assert.equal(result.ok, false);
    assert.equal(result.error, 'too_large');
    // The board is usable again afterwards.
    const bytes = new TextEncoder().encode(demoPost);
    board.inputSpace(bytes.length).set(bytes);
    assert.equal(board.load('', 0).ok, true);
  } finally {
    board.delete();
  }
  // Out-of-range sessions and odd highlights.
  const { board: demoBoard, cards } = await demo();
  try {
    assert.equal(demoBoard.card(-1).session, -1);
    assert.equal(demoBoard.card(cards.length).session, -1);
    assert.deepEqual(demoBoard.highlight('', 0).title, []);
  } finally {
    demoBoard.delete();
  }
});

test('memory: heap and wasm memory sizes are readable numbers', { skip }, async () => {
  const core = await coreOf('talkboard_core');
  assert.ok(core.memoryBytes() >= 64 * 1024);
  assert.ok(core.heapUsedBytes() > 0);
});

test('strictFields: reading a field an answer lacks throws; arrays and typed arrays read as usual', { skip }, async () => {
  const { strictFields } = await import(pathToFileURL(join(projectDir, 'web', 'src', 'core-loader.js')).href);
  const answer = strictFields({ total: 3, sessions: new Int32Array([1, 2]), days: [{ date: 'd', slots: [] }], nowNext: { now: [], next: [4] } });
  assert.equal(answer.total, 3);
  assert.ok(answer.sessions instanceof Int32Array);
  assert.equal(answer.days[0].date, 'd');
  assert.equal(answer.days[5], undefined);
  assert.deepEqual([...answer.nowNext.next], [4]);
  assert.throws(() => answer.nowNxt, /no field "nowNxt"/);
  assert.throws(() => answer.days[0].dat, /no field "dat"/);
  assert.equal(answer.then, undefined, 'a strict answer can still be returned from an async function');
  assert.equal(await Promise.resolve(answer), answer);
});
