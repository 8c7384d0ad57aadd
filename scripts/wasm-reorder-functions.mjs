#!/usr/bin/env node
// Reorders the functions of a wasm module so that it gzips smaller; what the functions do is not
// touched (wasm/CMakeLists.txt runs it after wasm-opt on both core modules).
//
// Why: gzip finds repeats only within 32 KB, and the linker lays functions out in an order that
// has nothing to do with what they look like. Put side by side, the many look-alike bodies (each
// std::vector<T>'s growth, each string helper) compress against one another: about 2.8 KB less
// gzip on the 108 KB markdown core. Two rules, in this order:
//   1. the most-called functions get the indices below 128, whose `call` immediates take one byte
//      (LEB128), so moving functions costs no code bytes;
//   2. the others follow a greedy chain: after each function comes the one that shares the most
//      pairs of consecutive instructions with it (names left out); ties go to the one first in
//      text order of its body. Same input, same output.
// How: wabt's wasm2wat (with generated names, so calls refer to functions by name rather than by
// index) and wat2wasm, both from Debian's `wabt` (scripts/setup.sh). The text round trip is exact
// for everything but the order; wat2wasm validates the result.
//
// Usage: node scripts/wasm-reorder-functions.mjs MODULE.wasm [--keep-names]
//   rewrites MODULE.wasm in place; --keep-names keeps its name section (size-analysis builds).
//   Without wasm2wat/wat2wasm on PATH it says so and leaves the module as it is (exit 0).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const keepNames = args.includes('--keep-names');
if (!file) {
  console.error('usage: node scripts/wasm-reorder-functions.mjs MODULE.wasm [--keep-names]');
  process.exit(2);
}

const has = (tool) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!has('wasm2wat') || !has('wat2wasm')) {
  console.warn('wasm-reorder-functions: wasm2wat/wat2wasm (Debian package wabt) not found: functions left in link order');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'wasm-reorder-'));
try {
  const watIn = join(dir, 'in.wat');
  const watOut = join(dir, 'out.wat');
  execFileSync('wasm2wat', ['--generate-names', file, '-o', watIn]);
  writeFileSync(watOut, reorder(readFileSync(watIn, 'utf8')));
  execFileSync('wat2wasm', [...(keepNames ? ['--debug-names'] : []), watOut, '-o', file]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The module text with its functions reordered (everything else where it was).
function reorder(wat) {
  const lines = wat.split('\n');
  // Top-level fields start with two spaces and '('; a field runs to the next one.
  const fields = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].startsWith('  (') || fields.length === 0) fields.push([]);
    fields[fields.length - 1].push(lines[i]);
  }
  const isFunction = (field) => field[0].startsWith('  (func ');
  const functions = fields.filter(isFunction);
  if (functions.length === 0) return wat;
  const firstFunction = fields.indexOf(functions[0]);
  const importedFunctions = fields.slice(0, firstFunction).filter((f) => /^ {2}\(import .*\(func /.test(f[0])).length;
  const nameOf = (field) => field[0].split(' ')[3];

  // 1. The most-called functions first, most calls first.
  const calls = new Map();
  for (const field of functions) {
    for (const line of field) {
      const m = line.match(/\bcall (\$\S+?)\)?$/);
      if (m) calls.set(m[1], (calls.get(m[1]) || 0) + 1);
    }
  }
  const oneByteIndices = Math.max(0, 128 - importedFunctions);
  const hot = [...calls].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, oneByteIndices).map(([n]) => n);
  const hotSet = new Set(hot);
  const byName = new Map(functions.map((f) => [nameOf(f), f]));
  const first = hot.filter((n) => byName.has(n)).map((n) => byName.get(n));

  // 2. The rest as a greedy chain of look-alikes.
  const body = (field) => field.slice(1).map((l) => l.trim().replace(/\$\S+/g, '$'));
  const rest = functions.filter((f) => !hotSet.has(nameOf(f)))
    .map((field) => ({ field, body: body(field) }))
    .map((f) => ({ ...f, key: f.body.join('\n') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const gramIds = new Map();
  const postings = [];  // gram id -> indices into `rest` that contain it
  const grams = rest.map((f, index) => {
    const ids = new Set();
    for (let i = 0; i + 1 < f.body.length; i++) {
      const gram = f.body[i] + '\n' + f.body[i + 1];
      let id = gramIds.get(gram);
      if (id === undefined) {
        id = gramIds.size;
        gramIds.set(gram, id);
        postings.push([]);
      }
      if (!ids.has(id)) {
        ids.add(id);
        postings[id].push(index);
      }
    }
    return [...ids];
  });
  const used = new Uint8Array(rest.length);
  const shared = new Int32Array(rest.length);
  const chain = [];
  let next = 0;
  while (chain.length < rest.length) {
    used[next] = 1;
    chain.push(rest[next].field);
    shared.fill(0);
    for (const id of grams[next]) for (const other of postings[id]) shared[other]++;
    let best = -1;
    for (let j = 0; j < rest.length; j++) {
      if (!used[j] && (best < 0 || shared[j] > shared[best])) best = j;
    }
    if (best < 0) break;
    next = best;
  }

  const ordered = [...fields.slice(0, firstFunction), ...first, ...chain, ...fields.slice(firstFunction).filter((f) => !isFunction(f))];
  return [lines[0], ...ordered.flat()].join('\n');
}
