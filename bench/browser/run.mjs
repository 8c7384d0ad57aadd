// Browser benchmarks of <talk-board> against the two baseline pages (floor.html, typical.html).
// Debian's /usr/bin/chromium, headless, through playwright-core (never a downloaded browser); every
// measurement set gets a fresh browser launch (fresh profile, cold HTTP cache); rounds alternate the
// pages (talkboard, floor, typical, talkboard, ...) and each figure is the median over the rounds.
// Measured, timed in the page with performance.now(), each up to the end of the frame that shows the
// result ("after frame": style, layout and paint of that frame done, see afterFrame in instrument()):
//   cold start   navigation start -> after the frame showing the first sessions: the first render
//                (`talkboard-ready`), or before it a big post's head (`talkboard-preview`); `ready`
//                = the same to the first render of the whole board (the baselines have one render);
//   keystroke    input event -> after the frame showing the render it caused (talkboard queries on
//                the next animation frame; `work` = the same minus the wait before _render ran);
//   filter click click on a day filter (on, then off) -> after the frame showing the render;
//   memory (10k) JS heap after a forced GC (CDP Runtime.getHeapUsage; the page's, not its worker's),
//                wasm memory (the WebAssembly.Memory the page, or talkboard's worker, instantiated),
//                DOM elements in the document;
//   query        query.html: the core's query vs the JS substring filter on the same data, no DOM.
// Usage: node bench/browser/run.mjs SITE_DIR OUT_JSON [ROUNDS]  (scripts/bench.sh prepares SITE_DIR)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, startServer } from '../../tests/browser/harness.mjs';
import { elementModules } from '../../scripts/module-graph.mjs';

const [siteDir, outFile, roundsArg = '3'] = process.argv.slice(2);
const ROUNDS = Math.max(3, Number(roundsArg) || 3);
const PAGES = ['talkboard', 'floor', 'typical'];
const SIZES = [
  { name: 'sample', post: 'posts/sample.md', keys: '', day: null },
  { name: '1k', post: 'posts/synthetic-1000.md', keys: 'kern', day: 'day:2024-03-20' },
  { name: '10k', post: 'posts/synthetic-10000.md', keys: 'kern', day: 'day:2024-03-20', memory: true },
  // 100k: two keystrokes only (the baselines take seconds per keystroke there), no cold-start target.
  { name: '100k', post: 'posts/synthetic-100000.md', keys: 'ke', day: 'day:2024-03-20' },
];
// BENCH_SIZES=sample,1k limits the sizes (for a quick check; the report then lacks the others).
if (process.env.BENCH_SIZES) {
  const keep = new Set(process.env.BENCH_SIZES.split(','));
  for (let i = SIZES.length - 1; i >= 0; i--) if (!keep.has(SIZES[i].name)) SIZES.splice(i, 1);
}
const LOAD_TIMEOUT_MS = 120_000;
const ACTION_TIMEOUT_MS = 60_000;

// Installed before any page script: first-frame time, render start hook, wasm memories, actions.
function instrument() {
  const bench = { firstFrame: null, readyFrame: null, renderStart: null, memories: [], inFrame: false };
  window.__bench = bench;
  // A DOM change is on screen once the frame after it has run style, layout and paint. Those run
  // after the frame's animation callbacks, and a task posted from a callback runs after them. So:
  // a change made inside an animation callback (talkboard renders a search there) is shown by the
  // frame in progress, and a change made in a task (the baselines filter in the input handler) by
  // the next frame. Timing only to the next animation callback would leave out the baselines' style
  // and layout work and charge talkboard an extra frame.
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((time) => {
    bench.inFrame = true;
    try { callback(time); } finally { bench.inFrame = false; }
  });
  const afterFrame = (callback) => {
    const post = () => { const channel = new MessageChannel(); channel.port1.onmessage = callback; channel.port2.postMessage(0); };
    if (bench.inFrame) post(); else raf(post);
  };
  window.addEventListener('talkboard-preview', () => afterFrame(() => { bench.firstFrame ??= performance.now(); }), true);
  window.addEventListener('talkboard-ready', () => afterFrame(() => {
    bench.firstFrame ??= performance.now();
    bench.readyFrame ??= performance.now();
  }), true);
  const grab = (result) => {
    const instance = result.instance || result;
    for (const value of Object.values(instance.exports || {})) if (value instanceof WebAssembly.Memory) bench.memories.push(value);
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) WebAssembly.instantiateStreaming = function (...args) { return streaming.apply(this, args).then(grab); };
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) { return plain.apply(this, args).then(grab); };
  // <talk-board> renders a search on the next animation frame; note when its render really starts.
  customElements.whenDefined('talk-board').then(() => {
    const proto = customElements.get('talk-board').prototype;
    const render = proto._render;
    if (typeof render === 'function') proto._render = function (...args) { bench.renderStart = performance.now(); return render.apply(this, args); };
  });
  bench.act = (kind, arg) => new Promise((resolve) => {
    bench.renderStart = null;
    const t0 = performance.now();
    const onRender = () => {
      window.removeEventListener('talkboard-render', onRender, true);
      afterFrame(() => {
        const t1 = performance.now();
        resolve({ total: t1 - t0, work: t1 - (bench.renderStart ?? t0) });
      });
    };
    window.addEventListener('talkboard-render', onRender, true);
    if (kind === 'key') {
      const input = document.querySelector('input[type=search]');
      input.value += arg;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      document.querySelector(`[data-facet="${arg}"]`).click();
    }
  });
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};
const withTimeout = (promise, ms, what) => Promise.race([promise,
  new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);

async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_FLAGS, timeout: 30_000 });
}

// One launch: cold start, then filter clicks, keystrokes and (10k) memory on the same page.
async function measure(baseURL, page, size) {
  const browser = await launch();
  const out = { cold: null, ready: null, keys: [], keysWork: [], clicks: [], memory: null, error: null };
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(instrument);
    const tab = await context.newPage();
    tab.setDefaultTimeout(LOAD_TIMEOUT_MS);
    await tab.goto(`${baseURL}${page}.html?post=${size.post}`, { timeout: LOAD_TIMEOUT_MS });
    await tab.waitForFunction(() => window.__bench.readyFrame !== null, null, { timeout: LOAD_TIMEOUT_MS, polling: 20 });
    ({ cold: out.cold, ready: out.ready } = await tab.evaluate(() => ({ cold: window.__bench.firstFrame, ready: window.__bench.readyFrame })));
    if (size.memory) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      // talkboard's wasm runs in its worker, where the page's hook does not see it: ask the worker.
      const page = await tab.evaluate(async () => ({
        wasm: window.__bench.memories.reduce((n, m) => n + m.buffer.byteLength, 0) + (customElements.get('talk-board')
          ? (await (await import('./talkboard.js')).coreMemory()).reduce((n, core) => n + core.memoryBytes, 0) : 0),
        dom: document.getElementsByTagName('*').length,
      }));
      out.memory = { js_heap: heap.usedSize, wasm: page.wasm, dom_elements: page.dom };
    }
    if (size.day) {
      for (let i = 0; i < 2; i++) {
        const r = await withTimeout(tab.evaluate((facet) => window.__bench.act('click', facet), size.day), ACTION_TIMEOUT_MS, 'filter click');
        out.clicks.push(r.total);
      }
    }
    for (const key of size.keys) {
      const r = await withTimeout(tab.evaluate((k) => window.__bench.act('key', k), key), ACTION_TIMEOUT_MS, 'keystroke');
      out.keys.push(r.total);
      out.keysWork.push(r.work);
    }
  } catch (error) {
    out.error = error.message.split('\n')[0];
  } finally {
    await browser.close().catch(() => {});
  }
  return out;
}

async function queryCompare(baseURL, post) {
  const browser = await launch();
  try {
    const tab = await (await browser.newContext()).newPage();
    await tab.goto(`${baseURL}query.html?post=${post}`, { timeout: LOAD_TIMEOUT_MS });
    await tab.waitForFunction(() => window.__benchQuery, null, { timeout: LOAD_TIMEOUT_MS * 2, polling: 100 });
    return await tab.evaluate(() => window.__benchQuery);
  } finally {
    await browser.close().catch(() => {});
  }
}

const gzip9 = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;
const rawSize = (file) => execFileSync('wc', ['-c', file]).toString().trim().split(/\s+/)[0] | 0;
const FILES = {
  talkboard: [...elementModules(siteDir), 'talkboard_core.js', 'talkboard_core.wasm', 'talkboard.css'],
  floor: ['floor.js', 'cards.js', 'cards.css'],
  typical: ['typical.js', 'cards.js', 'markdown-it.min.js', 'cards.css'],
};
const bytes = {};
for (const [page, files] of Object.entries(FILES)) {
  bytes[page] = { raw: 0, gzip: 0, files };
  for (const f of files) { bytes[page].raw += rawSize(join(siteDir, f)); bytes[page].gzip += gzip9(join(siteDir, f)); }
}

const server = await startServer(siteDir);
const rounds = [];
const started = Date.now();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of SIZES) {
      for (const page of PAGES) {
        const t = Date.now();
        const result = await measure(server.baseURL, page, size);
        rounds.push({ round, page, size: size.name, ...result });
        console.error(`bench-browser: round ${round + 1} ${size.name} ${page}: cold ${result.cold?.toFixed(0)} ms (ready ${result.ready?.toFixed(0)}), ` +
          `keys ${result.keys.map((k) => k.toFixed(0)).join('/')} ms, clicks ${result.clicks.map((k) => k.toFixed(0)).join('/')} ms` +
          `${result.error ? ` ERROR ${result.error}` : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      }
    }
  }
  const query = [];
  const queryPost = process.env.BENCH_QUERY_POST || 'posts/synthetic-100000.md';
  for (let round = 0; round < ROUNDS; round++) query.push(await queryCompare(server.baseURL, queryPost));
  const summary = {};
  for (const size of SIZES) {
    for (const page of PAGES) {
      const mine = rounds.filter((r) => r.page === page && r.size === size.name);
      summary[`${page}/${size.name}`] = {
        cold_ms: median(mine.map((r) => r.cold)),
        ready_ms: median(mine.map((r) => r.ready)),
        key_ms: median(mine.map((r) => median(r.keys))),
        key_work_ms: median(mine.map((r) => median(r.keysWork))),
        click_ms: median(mine.map((r) => median(r.clicks))),
        js_heap: median(mine.map((r) => r.memory?.js_heap)),
        wasm_memory: median(mine.map((r) => r.memory?.wasm)),
        dom_elements: median(mine.map((r) => r.memory?.dom_elements)),
        errors: mine.map((r) => r.error).filter(Boolean),
      };
    }
  }
  const queries = query[0].map((q, i) => ({
    text: q.text, core_matches: q.core_matches, js_matches: q.js_matches,
    core_ms: median(query.map((r) => r[i].core_ms)), js_ms: median(query.map((r) => r[i].js_ms)),
  }));
  const chromiumVersion = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version']).toString().trim();
  writeFileSync(outFile, JSON.stringify({ chromium: chromiumVersion, rounds: ROUNDS, bytes, summary, query_post: queryPost, query_100k: queries, raw: rounds, raw_query: query }, null, 1));
  console.error(`bench-browser: done in ${((Date.now() - started) / 1000).toFixed(0)} s -> ${outFile}`);
} finally {
  await server.stop();
}
