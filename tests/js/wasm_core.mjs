// What the Node tests of the wasm core share: the demo post, and loading a module as the toolchain
// says (ES module + {wasmBinary}) behind core-loader.js's Board wrapper. Where build/web is and
// what happens when it is missing: tests/prerequisites.mjs (needsWeb).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir, webDir } from '../prerequisites.mjs';
export const demoPost = readFileSync(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'), 'utf8');

// The Board class over the module build/web/<name>.js / <name>.wasm.
export async function boardClassOf(name) {
  const { default: create } = await import(pathToFileURL(join(webDir, `${name}.js`)).href);
  const { boardClass } = await import(pathToFileURL(join(webDir, 'core-loader.js')).href);
  return boardClass(await create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) }));
}
