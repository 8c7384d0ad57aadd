// What the Node tests of the wasm core share: the demo post, and loading a module as the toolchain
// says (ES module + {wasmBinary}): the embind module itself, whose Board the page's worker drives
// (core-host.js). Where build/web is and what happens when it is missing: tests/prerequisites.mjs
// (needsWeb).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir, webDir } from '../prerequisites.mjs';

export { projectDir, webDir };
export const demoPost = readFileSync(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'), 'utf8');

// The embind module build/web/<name>.js / <name>.wasm, instantiated: {Board, heapUsedBytes, memoryBytes}.
export async function coreOf(name) {
  const { default: create } = await import(pathToFileURL(join(webDir, `${name}.js`)).href);
  return create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) });
}

// A Board of `core` fed `text` the way the page feeds it (UTF-8 bytes in pieces) and loaded, the
// post's address being `address`. Returns {board, result}; the caller deletes the board.
export function loadedBoard(core, text, pieceBytes = 4096, address = '') {
  const board = new core.Board();
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length; at += pieceBytes) {
    const piece = bytes.subarray(at, at + pieceBytes);
    board.inputSpace(piece.length).set(piece);
  }
  return { board, result: board.load(address, 0) };
}

// The core's Query with every field given (embind refuses one with a field missing).
export function query(fields = {}) {
  return { text: '', selected: {}, favoritesOnly: false, favorites: [], hidePast: false, nowUtc: 0,
    zone: { eventTime: true, utcOffsetMinutes: 0 }, ...fields };
}
