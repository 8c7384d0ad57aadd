// The two wasm builds of the core (wasm/CMakeLists.txt), loaded in Node as docs/ARCHITECTURE.md
// ("Toolchain notes") says (ES module + {wasmBinary}) and driven through their embind Board as the
// page's worker does:
//   talkboard_core       markdown posts; JSON input is refused with json_unavailable
//   talkboard_core_full  markdown posts and JSON schedules; same answers for posts
// and coreKindOf, which picks between them from the first bytes of the input (core-host.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { needsWeb } from '../prerequisites.mjs';
import { coreOf, demoPost, loadedBoard, projectDir } from './wasm_core.mjs';

const skip = needsWeb('talkboard_core_full.wasm');
const frab = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-small.json'), 'utf8');

// Every session's card, or the load error.
function read(core, text) {
  const { board, result } = loadedBoard(core, text);
  try {
    return { result, cards: Array.from({ length: result.sessions }, (_, i) => board.card(i)) };
  } finally {
    board.delete();
  }
}

test('the markdown core reads posts and refuses JSON with json_unavailable', { skip }, async () => {
  const core = await coreOf('talkboard_core');
  const post = read(core, demoPost);
  assert.equal(post.result.ok, true);
  assert.ok(post.cards.length >= 10);
  const json = read(core, frab);
  assert.equal(json.result.ok, false);
  assert.equal(json.result.error, 'json_unavailable');
  assert.match(json.result.message, /markdown posts only/);
});

test('the full core reads JSON schedules and gives the same sessions for a post', { skip }, async () => {
  const full = await coreOf('talkboard_core_full');
  const markdown = await coreOf('talkboard_core');
  const json = read(full, frab);
  assert.equal(json.result.ok, true);
  const events = JSON.parse(frab).schedule.conference.days
    .flatMap((day) => Object.values(day.rooms)).reduce((sum, list) => sum + list.length, 0);
  assert.equal(json.cards.length, events);
  assert.ok(json.cards.every((card) => card.room !== ''), 'imported sessions carry their room');
  assert.deepEqual(read(full, demoPost), read(markdown, demoPost));
});

test('coreKindOf picks the full core exactly for text that starts with "{"', { skip }, async () => {
  const { coreKindOf } = await import(pathToFileURL(join(projectDir, 'web', 'src', 'core-host.js')).href);
  const { FULL, MARKDOWN } = await import(pathToFileURL(join(projectDir, 'web', 'src', 'core-loader.js')).href);
  assert.equal(coreKindOf(frab), FULL);
  assert.equal(coreKindOf('\uFEFF \n\t{"talks": []}'), FULL);
  assert.equal(coreKindOf('\u00A0{"talks": []}'), FULL);
  assert.equal(coreKindOf(demoPost), MARKDOWN);
  assert.equal(coreKindOf('[Talk - Ada, Acme](https://example.org) {not json}'), MARKDOWN);
  assert.equal(coreKindOf('  \n '), null, 'white space alone does not decide yet');
  assert.equal(coreKindOf(''), null);
});
