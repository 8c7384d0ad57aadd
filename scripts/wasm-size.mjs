// Where a wasm module's bytes go: section sizes, and the code section's function bodies grouped by
// origin (md4c, libc++, talkboard::..., emmalloc, libc, ...), each group also gzipped on its own
// (level 9) as a rough share of the compressed size. Needs a module that keeps function names:
// link a separate build with --profiling-funcs, e.g.
//   cmake --preset wasm -B build/wasm-names -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs
//   cmake --build build/wasm-names --target talkboard_wasm_markdown
//   node scripts/wasm-size.mjs build/wasm-names/web/talkboard_core.wasm [--top N] [--group REGEX]
// Names are the mangled symbols; they are demangled with llvm-cxxfilt / c++filt when one is found.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const groupFilter = args.includes('--group') ? new RegExp(args[args.indexOf('--group') + 1]) : null;
if (!file) {
  console.error('usage: node scripts/wasm-size.mjs FILE.wasm [--top N] [--group REGEX]');
  process.exit(2);
}
const bytes = readFileSync(file);
let pos = 8;
const u32 = () => {
  let result = 0, shift = 0, b;
  do { b = bytes[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return result;
};
const name = () => { const n = u32(); const s = bytes.toString('utf8', pos, pos + n); pos += n; return s; };
const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];

const sections = [];
let importedFunctions = 0;
const bodies = [];  // {index, start, size}
const dataSegments = [];
const names = new Map();
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = u32();
  const start = pos;
  const end = start + size;
  let label = SECTIONS[id] || `id ${id}`;
  if (id === 0) label = `custom "${name()}"`;
  sections.push({ label, size, start, end });
  if (id === 2) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      name(); name();
      const kind = bytes[pos++];
      if (kind === 0) { importedFunctions++; u32(); }
      else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
      else if (kind === 3) { pos += 2; }
    }
  } else if (id === 10) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      const bodySize = u32();
      bodies.push({ index: importedFunctions + i, start: pos, size: bodySize });
      pos += bodySize;
    }
  } else if (id === 11) {
    const count = u32();
    for (let i = 0; i < count; i++) {
      const flags = u32();
      if (flags === 2) u32();
      if (flags !== 1) { while (bytes[pos] !== 0x0b) pos++; pos++; }  // offset expression
      const n = u32();
      dataSegments.push({ start: pos, size: n });
      pos += n;
    }
  } else if (label === 'custom "name"') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = u32();
      const subEnd = pos + subSize;
      if (sub === 1) {
        const count = u32();
        for (let i = 0; i < count; i++) { const index = u32(); names.set(index, name()); }
      }
      pos = subEnd;
    }
  }
  pos = end;
}

const gz = (buffers) => gzipSync(Buffer.concat(buffers), { level: 9 }).length;
console.log(`${file}: ${bytes.length} bytes, gzip -9 ${gz([bytes])}`);
for (const s of sections) console.log(`  section ${s.label.padEnd(28)} ${String(s.size).padStart(7)}  gzip ${gz([bytes.subarray(s.start, s.end)])}`);
if (dataSegments.length) {
  const data = dataSegments.map((d) => bytes.subarray(d.start, d.start + d.size));
  console.log(`  data: ${dataSegments.length} segment(s), ${data.reduce((s, d) => s + d.length, 0)} bytes, gzip ${gz(data)}`);
}
if (!names.size) {
  console.log('no name section: link with --profiling-funcs to see functions');
  process.exit(0);
}

// Demangle all names in one call.
const raw = bodies.map((b) => names.get(b.index) || `func${b.index}`);
let demangled = raw;
for (const tool of ['llvm-cxxfilt', 'llvm-cxxfilt-14', 'c++filt']) {
  try {
    demangled = execFileSync(tool, [], { input: raw.join('\n'), maxBuffer: 1 << 26 }).toString().split('\n');
    break;
  } catch { /* next tool */ }
}

function origin(n, mangled) {
  if (/^md_|^MD_/.test(n) || /^md[a-z_]+$/.test(mangled)) return 'md4c';
  if (/^talkboard::wasm|^emscripten::/.test(n)) return 'wasm bindings (talkboard::wasm, emscripten::)';
  const tb = n.match(/^(?:[\w:<>, ]*?)talkboard::(?:\(anonymous namespace\)::)?(\w+)/);
  if (/^talkboard::/.test(n)) {
    const parts = n.split('(')[0].split('::');
    return `talkboard::${parts.length > 2 && !/anonymous/.test(parts[1]) ? parts[1] : parts.slice(1, -1).join('::') || parts[1]}`;
  }
  if (/^(std::|void std::|.*std::__2::)/.test(n)) {
    if (/basic_string|char_traits/.test(n)) return 'libc++ std::string';
    if (/vector/.test(n)) return 'libc++ std::vector';
    if (/__tree|map|set/.test(n)) return 'libc++ std::map/set';
    if (/__hash_table|unordered/.test(n)) return 'libc++ std::unordered_*';
    if (/sort|__insertion|__partial|__stable|__merge|__buffered|__selection|__nth/.test(n)) return 'libc++ sort algorithms';
    if (/__function|function</.test(n)) return 'libc++ std::function';
    if (/optional/.test(n)) return 'libc++ std::optional';
    if (/to_chars|to_string|__itoa/.test(n)) return 'libc++ to_chars/to_string';
    return 'libc++ other';
  }
  if (/^(emmalloc|malloc|free|realloc|calloc|memalign|sbrk|aligned_alloc|posix_memalign|mallinfo|emscripten_builtin)/.test(n)) return 'emmalloc';
  if (/^operator (new|delete)/.test(n)) return 'operator new/delete';
  if (/^(mem|str|isw?|tow?|strto|__|abort|wasm|emscripten|stack|_?get|std|dlfree|dlmalloc|fputs|printf|f[a-z]+|s[a-z]*printf|__lib|qsort|bsearch)/.test(n)) return 'libc / runtime';
  if (/^func\d+$/.test(n)) return 'unnamed';
  return 'other: ' + n.split('(')[0].slice(0, 60);
}

const groups = new Map();
bodies.forEach((b, i) => {
  const n = demangled[i] || raw[i];
  const g = origin(n, raw[i]);
  const entry = groups.get(g) || { size: 0, count: 0, buffers: [], functions: [] };
  entry.size += b.size;
  entry.count++;
  entry.buffers.push(bytes.subarray(b.start, b.start + b.size));
  entry.functions.push({ name: n, size: b.size });
  groups.set(g, entry);
});
const codeTotal = bodies.reduce((s, b) => s + b.size, 0);
console.log(`\ncode: ${bodies.length} function bodies, ${codeTotal} bytes; by origin (bytes, functions, gzip of the group alone):`);
for (const [g, e] of [...groups].sort((a, b) => b[1].size - a[1].size)) {
  if (groupFilter && !groupFilter.test(g)) continue;
  console.log(`  ${String(e.size).padStart(7)} ${String(e.count).padStart(5)}  gz ${String(gz(e.buffers)).padStart(6)}  ${g}`);
}
const all = bodies.map((b, i) => ({ name: demangled[i] || raw[i], size: b.size, group: origin(demangled[i] || raw[i], raw[i]) }))
  .filter((f) => !groupFilter || groupFilter.test(f.group))
  .sort((a, b) => b.size - a.size);
console.log(`\nlargest ${top} functions:`);
for (const f of all.slice(0, top)) console.log(`  ${String(f.size).padStart(7)}  ${f.name.slice(0, 150)}`);
