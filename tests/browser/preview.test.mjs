// Issue 13, item 4 (first render): a big post shows its first sessions before the whole post is
// read. The core reads the post's head (its first 16 KB, cut after a blank line) on its own as soon
// as it is there and the board shows the first screen of it (`talkboard-preview`), its controls
// inert, while the core reads all of it; then the whole schedule replaces it (`talkboard-ready`).
// A small post, or a board with state in the URL, shows no head: its first render is the whole
// schedule.
//
// Posts: generated in the benchmarks' format (bench/generate_post.mjs), 2,000 sessions (about
// 440 KB: over the 128 KB after which a head is shown), and the demo post (9 KB).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, demoPost, projectDir, routePost } from './harness.mjs';
import { DEMO, searchbox, waitReady } from './board.mjs';

const generated = () => execFileSync(process.execPath, [join(projectDir, 'bench', 'generate_post.mjs'), '2000', '1'], { maxBuffer: 16 << 20 });

// Installed before any page script: what the board shows at each of its first events.
function recordFirstScreens() {
  window.__screens = [];
  for (const type of ['talkboard-preview', 'talkboard-ready']) {
    window.addEventListener(type, (event) => {
      const board = event.target;
      window.__screens.push({
        type,
        count: event.detail.count,
        titles: [...board.querySelectorAll('article h3')].map((h) => h.textContent),
        status: board.querySelector('[role="status"]').textContent,
        inert: Boolean(board.querySelector('[inert]')),
      });
    }, true);
  }
}

browserSuite('a big post\'s head first', (env) => {
  env.test('a 2,000-session post shows its head\'s first sessions, then the whole schedule', { timeout: 60_000 }, async () => {
    const { page } = await env.newPage({ init: recordFirstScreens });
    const post = generated();
    await page.goto(await routePost(env, page, 'preview-2000', post));
    const count = await waitReady(page, 45_000);
    const [head, whole, ...rest] = await page.evaluate(() => window.__screens);
    assert.equal(rest.length, 0);
    assert.equal(head.type, 'talkboard-preview', 'the head shows before the whole schedule');
    assert.equal(whole.type, 'talkboard-ready');
    // The head: some sessions of the post, a first screen of them, the reader told that more follow.
    assert.ok(head.count > 0 && head.count < count, `head ${head.count} of ${count}`);
    assert.ok(head.titles.length > 0 && head.titles.length <= 24, `${head.titles.length} cards`);
    assert.match(head.status, /reading the rest/i);
    assert.ok(head.inert, 'the head\'s controls wait for the whole schedule');
    // The whole schedule: every session, and a board that answers.
    assert.equal(whole.count, count);
    assert.ok(count >= 1990, `${count} sessions`);
    assert.match(whole.status, new RegExp(`^${count} sessions shown`));
    assert.equal(whole.inert, false);
    const text = post.toString();
    for (const title of head.titles) assert.ok(text.includes(title), `"${title}" is a title of the post`);
    await searchbox(page).fill('kernel');
    await page.waitForFunction((total) => window.__tbEvents.render.some((r) => r.count > 0 && r.count < total), count, { timeout: 20_000 });
    assert.equal(page.errors.length, 0, page.errors.map((e) => e.message).join(' | '));
  });

  env.test('a small post shows no head: its first render is the whole schedule', async () => {
    const { page } = await env.newPage({ init: recordFirstScreens });
    await page.goto(await routePost(env, page, 'preview-demo', readFileSync(demoPost)));
    assert.equal(await waitReady(page), DEMO.total);
    const screens = await page.evaluate(() => window.__screens);
    assert.deepEqual(screens.map((s) => s.type), ['talkboard-ready']);
  });

  env.test('a board with state in the URL shows no head (it would not show what the URL asks for)', { timeout: 60_000 }, async () => {
    const { page } = await env.newPage({ init: recordFirstScreens });
    const host = await routePost(env, page, 'preview-hash', generated());
    await page.goto(`${host}#q=kernel`);
    await waitReady(page, 45_000);
    const screens = await page.evaluate(() => window.__screens);
    assert.deepEqual(screens.map((s) => s.type), ['talkboard-ready']);
  });
});
