// What the Node tests of the wasm core share: where the built modules are, the demo post, the
// skip-or-fail rule when build/web is missing, and loading a module as TOOLCHAIN.md says (ES module
// + {wasmBinary}) behind core-loader.js's Board wrapper.
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

// The Board class over the module build/web/<name>.js / <name>.wasm.
export async function boardClassOf(name) {
  const { default: create } = await import(pathToFileURL(join(webDir, `${name}.js`)).href);
  const { boardClass } = await import(pathToFileURL(join(webDir, 'core-loader.js')).href);
  return boardClass(await create({ wasmBinary: readFileSync(join(webDir, `${name}.wasm`)) }));
}
