// Issue 13, "a worker": while a post loads, however big, the page's main thread is never blocked:
// no task longer than 50 ms (the Long Tasks API's own threshold: any entry it reports is over 50 ms)
// from navigation until the first render has been painted, and the page answers input meanwhile.
// The core parses in the page's worker; the page only streams the post to it and renders.
//
// Posts: the 20 MB hostile post (19,819 sessions with 1 KB abstracts), the 100,000 links (a post of
// links the reader must look at and pass over), and a generated 10,000-session post in the
// benchmarks' format (bench/generate_post.mjs: many speakers, orgs and kinds, so large facet lists).
//
// Each page records, from its first script on: PerformanceObserver 'longtask' entries, and the gaps
// between animation frames while a button on the page is clicked every 100 ms (the input is
// answered when its click handler runs; a blocked thread would show as one late frame). Tasks that
// ended before <talk-board> was defined are the host page's own loading, not the post's, and are
// reported but not counted.
//
// What a long task's length is made of: the work the page gave the thread, and time the operating
// system did not run it at all. On a machine whose cores are shared by many busy processes (this
// one: 2 cores, load average above 10) the second can be most of it: a busy loop of 80 ms measured
// 42 ms of thread time. So a Chromium trace is recorded alongside, and a task fails the test when
// the main thread was busy in it for more than 50 ms (the trace's thread time, `tdur`); every long
// task the observer saw is reported with the thread time the trace gives it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { browserSuite, projectDir, routePost } from './harness.mjs';
import { articles, waitReady } from './board.mjs';
import { HOSTILE_INPUTS } from '../hostile/inputs.mjs';

const LONG_TASK_MS = 50;
const hostile = (name) => {
  const input = HOSTILE_INPUTS.find((i) => i.name === name);
  return { name, bytes: input.fn, sessions: input.sessions };
};
const POSTS = [
  hostile('20 MB post'),
  hostile('100,000 links'),
  {
    name: 'generated 10,000 sessions',
    bytes: () => execFileSync(process.execPath, [join(projectDir, 'bench', 'generate_post.mjs'), '10000', '1'], { maxBuffer: 64 << 20 }),
    // 10,000 talk lines; the reader may take a repeated one for the same talk (the test is not about that).
    minSessions: 9_900,
  },
];

// Installed before any page script.
function observeMainThread() {
  const seen = { longTasks: [], pageTasks: [], frameGaps: [], clicks: 0, boardDefined: Infinity };
  window.__mainThread = seen;
  customElements.whenDefined('talk-board').then(() => {
    seen.boardDefined = performance.now();
    performance.mark('talkboard-test:board-defined');  // the same instant in the trace
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const task = { start: Math.round(entry.startTime), ms: Math.round(entry.duration) };
      (entry.startTime + entry.duration < seen.boardDefined ? seen.pageTasks : seen.longTasks).push(task);
    }
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const frame = (now) => {
    seen.frameGaps.push(now - last);
    last = now;
    if (!seen.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // A reader's input while the post loads: a button clicked every 100 ms, its handler counting.
  addEventListener('DOMContentLoaded', () => {
    const button = document.createElement('button');
    button.textContent = 'probe';
    button.addEventListener('click', () => { seen.clicks++; });
    document.body.prepend(button);
    const timer = setInterval(() => { if (seen.stopped) clearInterval(timer); else button.click(); }, 100);
  });
}

// The page's main-thread tasks from the trace: {start (performance.now() ms), ms, busyMs}, those
// that started after the mark.
function mainThreadTasks(trace, markName) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const mark = events.find((e) => e.name === markName && e.pid === main.pid);
  assert.ok(mark, `the trace has the mark ${markName}`);
  const toPage = (ts) => mark.args.data.startTime + (ts - mark.ts) / 1000;
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'ThreadControllerImpl::RunTask' && e.ts + e.dur >= mark.ts)
    .map((e) => ({ start: Math.round(toPage(e.ts)), ms: Math.round(e.dur / 1000), busyMs: Math.round((e.tdur ?? e.dur) / 1000) }));
}

browserSuite('main thread while posts load', (env) => {
  for (const post of POSTS) {
    env.test(`no task over ${LONG_TASK_MS} ms while the ${post.name} loads and first renders`, { timeout: 120_000 }, async (t) => {
      const { page } = await env.newPage({ context: { serviceWorkers: 'block' }, init: observeMainThread });
      const host = await routePost(env, page, `long-tasks-${post.name.replace(/[^a-z0-9]+/gi, '-')}`, post.bytes());
      await env.browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
      const started = Date.now();
      let trace;
      try {
        await page.goto(host);
        const count = await waitReady(page, 90_000);
        if (post.minSessions) assert.ok(count >= post.minSessions, `${count} sessions`);
        else assert.equal(count, post.sessions);
        // The frame that shows the first render, then stop observing.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      } finally {
        trace = JSON.parse((await env.browser.stopTracing()).toString());
      }
      const seen = await page.evaluate(() => { window.__mainThread.stopped = true; return window.__mainThread; });
      const ms = Date.now() - started;
      const tasks = mainThreadTasks(trace, 'talkboard-test:board-defined');
      // Each long task the observer saw, with the thread time of the trace's task that started with it.
      const observed = seen.longTasks.map((task) => {
        const match = tasks.filter((x) => Math.abs(x.start - task.start) <= 2).sort((a, b) => b.ms - a.ms)[0];
        return { ...task, busyMs: match ? match.busyMs : null };
      });
      const busy = tasks.filter((task) => task.busyMs > LONG_TASK_MS);
      const worstGap = Math.round(Math.max(...seen.frameGaps.slice(1)));
      t.diagnostic(`${post.name}: ready after ${ms} ms; long tasks (wall ms, and of it the main thread busy) ` +
        `${JSON.stringify(observed)} (and while the host page itself loaded: ${JSON.stringify(seen.pageTasks)}); ` +
        `busiest task ${Math.max(0, ...tasks.map((task) => task.busyMs))} ms of thread time over ${tasks.length} tasks; ` +
        `longest gap between frames ${worstGap} ms over ${seen.frameGaps.length} frames; ${seen.clicks} clicks answered`);
      assert.deepEqual(busy, [], `tasks that kept the main thread busy for over ${LONG_TASK_MS} ms`);
      assert.ok(observed.every((task) => task.busyMs !== null), `every long task observed is in the trace: ${JSON.stringify(observed)}`);
      assert.ok(seen.clicks >= Math.floor(ms / 1000), `the page took input while loading (${seen.clicks} clicks in ${ms} ms)`);
      assert.ok(await articles(page).count() > 0);
      assert.deepEqual(page.errors.map(String), []);
    });
  }
});
