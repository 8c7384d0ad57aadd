// Issue 6, item 5: 10,000 query/render cycles leave the wasm memory and the JS heap flat (within
// 1 MB after GC): no leaked boards, buffers, listeners or nodes.
//
// Each cycle is a real query + render of the demo board, driven through the element's own event
// handlers and awaited on its `talkboard-render`:
//   - even cycles press a filter chip (a day, a kind, ...; its click handler queries and renders),
//   - odd cycles type a search into the searchbox (an `input` event; its handler queries and renders).
// Two things are collapsed so that 10,000 cycles fit in CI time, and both are outside the widget's
// memory: the searchbox's wait for the next animation frame is skipped (requestAnimationFrame runs
// its callback at once and returns 0, "nothing pending"; 5,000 searches x 16 ms would be 80 s), and
// history.replaceState (each render writes its state into the URL hash) is a no-op during the loop:
// Chromium answers it over IPC (~4-10 ms each on this machine, most of a cycle) and stops honouring
// it after 200 calls in 10 s anyway. Everything else (the query in the worker's wasm, the answer's
// way back, DOM rebuild, listeners) runs as in a reader's session, without waiting for animation
// frames.
//
// Before and after: HeapProfiler.collectGarbage (CDP), then Runtime.getHeapUsage for the JS heap (V8's
// heap plus Blink's, where DOM nodes and listeners live), and from talkboard.js's coreMemory (asked
// of the worker the core runs in) the wasm memory's byteLength and the bytes malloc has handed out (the memory only grows once malloc's free space is
// used up, so on its own it would hide up to ~14 MB of leak; a leak of 100 bytes per cycle adds 1 MB
// to the malloc figure). The first cycles are a warm-up (JIT, Intl formatters, the allocator's free
// lists), not measured.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import { articles, DEMO, gotoAndWaitReady, search } from './board.mjs';

const CYCLES = Number(process.env.TALKBOARD_MEMORY_CYCLES) || 10_000;  // env: a shorter local probe
const WARMUP = Math.min(500, CYCLES);
const CHUNK = 250;
const MAX_GROWTH_BYTES = 1024 * 1024;  // the bound: within 1 MB after GC
const SEARCHES = ['cilium', 'ebpf', 'mesh', 'kubernetes', 'security', '', 'tetragon', 'no such talk'];

// Runs `cycles` query/render cycles in the page; returns how many renders it saw.
async function runCycles(page, from, cycles) {
  return page.evaluate(async ([start, n, searches]) => {
    const board = document.querySelector('talk-board');
    let renders = 0;
    const count = () => { renders++; };
    board.addEventListener('talkboard-render', count);
    const rendered = () => new Promise((resolve) => board.addEventListener('talkboard-render', resolve, { once: true }));
    const search = board.querySelector('input[type="search"]');
    const realRequestAnimationFrame = window.requestAnimationFrame;
    const realReplaceState = history.replaceState;
    window.requestAnimationFrame = (fn) => { fn(performance.now()); return 0; };
    history.replaceState = () => {};
    try {
      for (let i = start; i < start + n; i++) {
        const done = rendered();
        const chips = [...board.querySelectorAll('button[data-facet]:not([disabled])')];
        if (i % 2 === 0 && chips.length) {
          // A filter chip that is enabled (a disabled one has no matches under the current search).
          chips[(i >> 1) % chips.length].click();
        } else {
          // Always a different text: typing that leaves the text as it was renders nothing.
          const next = searches[(i >> 1) % searches.length];
          search.value = next === search.value ? searches[((i >> 1) + 1) % searches.length] : next;
          search.dispatchEvent(new Event('input', { bubbles: true }));
        }
        await done;
        // The harness's event recorder keeps one entry per render: keep it from growing (it is the
        // test's, not the widget's).
        if (window.__tbEvents.render.length > 100) window.__tbEvents.render.length = 0;
      }
    } finally {
      window.requestAnimationFrame = realRequestAnimationFrame;
      history.replaceState = realReplaceState;
      board.removeEventListener('talkboard-render', count);
    }
    window.__tbEvents.render.length = 0;
    return renders;
  }, [from, cycles, SEARCHES]);
}

browserSuite('long sessions', (env) => {
  env.test(`${CYCLES.toLocaleString('en-US')} query/render cycles keep wasm memory and the JS heap flat`, { timeout: 120_000 }, async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      // Twice: the first pass may free objects whose finalizers free more. Blink sweeps its heap
      // (DOM nodes, listeners) after a collection, concurrently: a reading right after it can
      // count up to a megabyte of dead nodes, so the heap is read after the sweeping had a moment,
      // three times, and the smallest reading counts (the same for before and after).
      let heap = null;
      for (let round = 0; round < 3; round++) {
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        await page.waitForTimeout(100);
        const usage = await cdp.send('Runtime.getHeapUsage');
        const total = (u) => u.usedSize + (u.embedderHeapUsedSize || 0);
        if (!heap || total(usage) < total(heap)) heap = usage;
      }
      // The core of the demo (the markdown one), asked through the page's worker.
      const wasm = await page.evaluate(async () => {
        const [core] = await (await import('./talkboard.js')).coreMemory();
        return { memory: core.memoryBytes, malloc: core.heapUsedBytes };
      });
      // usedSize: the V8 heap; embedderHeapUsedSize: Blink's (DOM nodes, listeners). Strings that
      // TextDecoder made live outside both (external strings): the arrays or objects holding them do not.
      return { heap: heap.usedSize + (heap.embedderHeapUsedSize || 0), v8: heap.usedSize, wasm: wasm.memory, malloc: wasm.malloc };
    };

    assert.equal(await runCycles(page, 0, WARMUP), WARMUP, 'every warm-up cycle rendered');
    const before = await measure();
    const started = Date.now();
    // In chunks: between two page.evaluate calls the page's event loop turns, and Blink runs the
    // garbage collections it schedules (inside one 10,000-cycle task the dead DOM piles up and the
    // final GC alone took a minute).
    let rendered = 0;
    for (let at = 0; at < CYCLES; at += CHUNK) rendered += await runCycles(page, WARMUP + at, Math.min(CHUNK, CYCLES - at));
    assert.equal(rendered, CYCLES, 'every cycle rendered once');
    const ms = Date.now() - started;
    const after = await measure();

    const report = {
      cycles: CYCLES, ms, perCycleMs: +(ms / CYCLES).toFixed(2),
      heapBefore: before.heap, heapAfter: after.heap, heapGrowth: after.heap - before.heap,
      v8Before: before.v8, v8After: after.v8,
      wasmBefore: before.wasm, wasmAfter: after.wasm, wasmGrowth: after.wasm - before.wasm,
      mallocBefore: before.malloc, mallocAfter: after.malloc, mallocGrowth: after.malloc - before.malloc,
    };
    console.log(`# memory: ${JSON.stringify(report)}`);
    assert.ok(report.wasmGrowth < MAX_GROWTH_BYTES, `wasm memory grew by ${report.wasmGrowth} bytes: ${JSON.stringify(report)}`);
    assert.ok(report.mallocGrowth < MAX_GROWTH_BYTES, `wasm heap in use grew by ${report.mallocGrowth} bytes: ${JSON.stringify(report)}`);
    assert.ok(report.heapGrowth < MAX_GROWTH_BYTES, `JS heap grew by ${report.heapGrowth} bytes: ${JSON.stringify(report)}`);

    // Still the same widget: back to all sessions, nothing lost on the way.
    await search(page, 'sockmap after the long session');
    await search(page, '');
    assert.ok(await articles(page).count() <= DEMO.total);
    assert.deepEqual(page.errors.map(String), []);
  });
});
