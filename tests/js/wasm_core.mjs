// What the Node tests of the wasm core share: where the built modules are, the demo post, the
// skip-or-fail rule when build/web is missing, and loading a module as TOOLCHAIN.md says (ES module
// + {wasmBinary}): the embind module itself, whose Board the page's worker drives (core-host.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(projectDir, 'build', 'web');
export const demoPost = readFileSync(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'), 'utf8');

// The `skip` option for tests that need build/web/<wasmFile>: skipped when it is not built, except
// under CI, where a missing build is a failure (registered here as a test of its own).
export function skipUnlessBuilt(wasmFile) {
  if (existsSync(join(webDir, wasmFile))) return false;
  const skip = 'build/web is not built: run scripts/build-web.sh';
  if (process.env.CI) test(`${wasmFile} is built`, () => assert.fail(`${skip} (CI is set)`));
  return skip;
}

// The embind module build/web/<name>.js / <name>.wasm, instantiated: {Board, heapUsedBytes, memoryBytes}.
export async function coreOf(name) {
  const { default: create } = await import(pathToFileURL(join(webDir, `${name}.js`)).href);
  return create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) });
}

// A Board of `core` fed `text` the way the page feeds it (UTF-8 bytes in pieces) and loaded.
// Returns {board, result}; the caller deletes the board.
export function loadedBoard(core, text, pieceBytes = 4096) {
  const board = new core.Board();
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const piece = bytes.subarray(at, at + pieceBytes);
    board.inputSpace(piece.length).set(piece);
  }
  return { board, result: board.load() };
}

// The core's Query with every field given (embind refuses one with a field missing).
export function query(fields = {}) {
  return { text: '', selected: {}, favoritesOnly: false, favorites: [], hidePast: false, nowUtc: 0,
    zone: { eventTime: true, utcOffsetMinutes: 0 }, ...fields };
}
