// The element's files as the browser finds them: the ES modules reachable from talkboard.js by
// static imports (import … from './x.js', export … from './x.js', import './x.js') and by the
// worker scripts they start (new Worker(new URL('./x.js', import.meta.url)), which the page loads
// at once too); dynamic import() is left out: it loads on demand. One answer for build-web.sh's size line, the byte
// budget test and the benchmark, so a module added or split off is counted everywhere at once.
// With onDemand, modules that import('./x.js') names are followed too: every file a page may
// come to load (the element's files that the npm package and the Hugo module ship).
//
//   node scripts/module-graph.mjs DIR [ENTRY] [--on-demand]   prints the files (relative to DIR), one per line
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{][^'"();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

const WORKER_SCRIPT = /new\s+Worker\(\s*new\s+URL\(\s*["'](\.{1,2}\/[^"']+)["']\s*,\s*import\.meta\.url\s*\)/g;

/** The relative specifiers ('./x.js', '../y.js') that `source` imports statically or starts as a worker. */
export function staticImports(source) {
  return [...source.matchAll(STATIC_IMPORT), ...source.matchAll(WORKER_SCRIPT)].map((m) => m[1]);
}

/** The relative specifiers that `source` imports on demand (import('./x.js') with a literal path). */
export function dynamicImports(source) {
  return [...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]);
}

/**
 * Every module reachable from `entry` under `dir` by static imports (and, with onDemand, by
 * dynamic ones), entry first, as relative paths with '/'.
 */
export function moduleGraph(dir, entry = 'talkboard.js', { onDemand = false } = {}) {
  const seen = new Set();
  const visit = (file, importer) => {
    const name = relative(dir, file).split(sep).join('/');
    if (seen.has(name)) return;
    if (!existsSync(file)) throw new Error(`${importer || 'entry'} imports ${name}, which is not in ${dir}`);
    seen.add(name);
    const source = readFileSync(file, 'utf8');
    const specifiers = onDemand ? [...staticImports(source), ...dynamicImports(source)] : staticImports(source);
    for (const specifier of specifiers) visit(normalize(join(dirname(file), specifier)), name);
  };
  visit(resolve(dir, entry));
  return [...seen];
}

// The Emscripten glue of the wasm cores (talkboard_core.js, talkboard_core_full.js) is counted with
// its core, not with the element.
const CORE_GLUE = /(^|\/)talkboard_core[^/]*\.js$/;

/** The element's own modules in `dir` (the module graph of talkboard.js without the cores' glue). */
export function elementModules(dir) {
  return moduleGraph(dir).filter((name) => !CORE_GLUE.test(name));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const onDemand = args.includes('--on-demand');
  const [dir, entry] = args.filter((a) => a !== '--on-demand');
  if (!dir) { console.error('usage: node scripts/module-graph.mjs DIR [ENTRY] [--on-demand]'); process.exit(2); }
  const files = entry || onDemand ? moduleGraph(dir, entry, { onDemand }) : elementModules(dir);
  console.log(files.filter((name) => !onDemand || !CORE_GLUE.test(name)).join('\n'));
}
