// The two wasm builds of the core (wasm/CMakeLists.txt), loaded in Node as docs/ARCHITECTURE.md ("Toolchain notes") says
// (ES module + {wasmBinary}) and driven through core-loader.js's Board wrapper:
//   talkboard_core       markdown posts; JSON input is refused with json_unavailable
//   talkboard_core_full  markdown posts and JSON schedules; same answers for posts
// and coreKindFor, which picks between them in the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { needsWeb, projectDir, webDir } from '../prerequisites.mjs';
import { boardClassOf as instantiate, demoPost } from './wasm_core.mjs';

const skip = needsWeb('talkboard_core_full.wasm');
const frab = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-small.json'), 'utf8');

function load(Board, text) {
  const board = new Board();
  try {
    const answer = JSON.parse(board.load(text));
    return { answer, schedule: answer.ok ? JSON.parse(board.schedule()) : null };
  } finally {
    board.delete();
  }
}

test('the markdown core reads posts and refuses JSON with json_unavailable', { skip }, async () => {
  const Board = await instantiate('talkboard_core');
  const post = load(Board, demoPost);
  assert.equal(post.answer.ok, true);
  assert.ok(post.schedule.sessions.length >= 10);
  const json = load(Board, frab);
  assert.equal(json.answer.ok, false);
  assert.equal(json.answer.error.code, 'json_unavailable');
  assert.match(json.answer.error.message, /markdown posts only/);
});

test('the full core reads JSON schedules and gives the same schedule for a post', { skip }, async () => {
  const Full = await instantiate('talkboard_core_full');
  const Markdown = await instantiate('talkboard_core');
  const json = load(Full, frab);
  assert.equal(json.answer.ok, true);
  const events = JSON.parse(frab).schedule.conference.days
    .flatMap((day) => Object.values(day.rooms)).reduce((sum, list) => sum + list.length, 0);
  assert.equal(json.schedule.sessions.length, events);
  assert.deepEqual(load(Full, demoPost).schedule, load(Markdown, demoPost).schedule);
});

test('coreKindFor picks the full core exactly for text that starts with "{"', { skip }, async () => {
  const { coreKindFor, FULL, MARKDOWN } = await import(pathToFileURL(join(webDir, 'core-loader.js')).href);
  assert.equal(coreKindFor(frab), FULL);
  assert.equal(coreKindFor('\uFEFF \n\t{"talks": []}'), FULL);
  assert.equal(coreKindFor('\u00A0{"talks": []}'), FULL);
  assert.equal(coreKindFor(demoPost), MARKDOWN);
  assert.equal(coreKindFor('[Talk - Ada, Acme](https://example.org) {not json}'), MARKDOWN);
  assert.equal(coreKindFor(''), MARKDOWN);
});
