// Offline at the venue: the service worker (build/web/sw.js, written by scripts/build-pwa.mjs), the
// update prompt (pwa.js) and the web app manifest.
//
// Each service-worker test serves its own copy of build/web/ from a temp folder on its own server,
// so it can stop that server (offline), edit the post on disk or rebuild sw.js without touching
// build/web/ or the other tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, browserSuite, projectDir, startServer, webDir } from './harness.mjs';
import {
  DEMO, articleTitled, articles, favourite, filterControl, gotoAndWaitReady, isPressed,
  search, toggleFilter, waitForLiveCount, waitReady,
} from './board.mjs';

const SPEEDRUN = 'Speedrun Through Splicing Sockets with Sockmap';
const POST = 'kubecon-eu-2024.md';
const run = promisify(execFile);

// A copy of the built site in a temp folder, served on its own port. `stop()` stops the server and
// removes the folder.
async function servedCopy() {
  assert.ok(existsSync(join(webDir, 'sw.js')), `${webDir}/sw.js is missing: run node scripts/build-pwa.mjs after build-web.sh`);
  const dir = mkdtempSync(join(tmpdir(), 'talkboard-offline-'));
  cpSync(webDir, dir, { recursive: true });
  const server = await startServer(dir);
  let stopped = false;
  return {
    dir,
    url: (path = 'index.html') => new URL(path, server.baseURL).href,
    stopServer: async () => { if (!stopped) { stopped = true; await server.stop(); } },
    async stop() { await this.stopServer(); rmSync(dir, { recursive: true, force: true }); },
  };
}

// First visit installs the worker; it does not claim the page (so nothing changes under a page that
// is loading), so wait until it is active and reload: the second load is controlled.
async function visitUntilControlled(page, url) {
  await gotoAndWaitReady(page, url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await waitReady(page);
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker controls the page');
}

// The version of the worker that controls the page (it answers GET_VERSION on a MessageChannel).
const controllerVersion = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const controller = navigator.serviceWorker.controller;
  if (!controller) { reject(new Error('no controller')); return; }
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => resolve(event.data);
  controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
  setTimeout(() => reject(new Error('no answer to GET_VERSION')), 5000);
}));

const swVersion = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const \w+="([0-9a-f]{16})"/)[1];

browserSuite('offline (service worker, manifest)', (env) => {
  env.test('offline after one visit: reload shows 14 sessions; search, filters, favourites and .ics work', async () => {
    const site = await servedCopy();
    try {
      const { context, page } = await env.newPage();
      await visitUntilControlled(page, site.url());
      // The venue: no network at all, and the server is gone too.
      await site.stopServer();
      await context.setOffline(true);

      assert.equal(await page.reload().then(() => waitReady(page)), DEMO.total, 'reload offline: 14 sessions');
      await waitForLiveCount(page, DEMO.total);
      assert.equal(await articles(page).count(), DEMO.total);

      await search(page, 'sockmap', 1);
      await search(page, '', DEMO.total);
      await toggleFilter(page, await filterControl(page, /Lightning/i), 4);
      await toggleFilter(page, await filterControl(page, /Lightning/i), DEMO.total);
      const toggle = await favourite(page, SPEEDRUN);
      assert.equal(await isPressed(toggle), true, 'favourite toggled offline');

      const name = /^download (calendar|.*all).*\.ics|calendar \(\.ics\)$/i;
      const button = page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()]);
      assert.match(download.suggestedFilename(), /\.ics$/i);
      const ics = readFileSync(await download.path(), 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
      assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, DEMO.total, '14 events in the offline .ics');

      // A fresh navigation to the site's root (not a reload) works offline too; the favourite stayed.
      await gotoAndWaitReady(page, site.url('./'));
      assert.equal(await isPressed(articleTitled(page, SPEEDRUN).locator('button[aria-pressed]').first()), true);
      assert.deepEqual(page.errors, [], 'no uncaught page errors');
    } finally {
      await site.stop();
    }
  });

  env.test('an updated post shows on the next visit (stale-while-revalidate)', async () => {
    const site = await servedCopy();
    try {
      const { page } = await env.newPage();
      await visitUntilControlled(page, site.url());
      const renamed = 'Splicing Sockets at Speed with Sockmap Revisited';
      const postPath = join(site.dir, POST);
      const post = readFileSync(postPath, 'utf8');
      assert.ok(post.includes(SPEEDRUN));
      writeFileSync(postPath, post.replace(SPEEDRUN, renamed));

      // Visit 1 after the change: the cached post at once (old title), refreshed in the background.
      await gotoAndWaitReady(page, site.url());
      assert.equal(await articleTitled(page, SPEEDRUN).count(), 1, 'first visit after the change: cached post');
      await page.waitForFunction(async ([post, title]) => {
        const cached = await (await caches.open('talkboard-runtime')).match(new URL(post, location.href).href);
        return cached ? (await cached.text()).includes(title) : false;
      }, [POST, renamed], { timeout: 10_000, polling: 100 });

      // Visit 2: the new title.
      await gotoAndWaitReady(page, site.url());
      assert.equal(await articleTitled(page, renamed).count(), 1, 'second visit shows the new title');
      assert.equal(await articleTitled(page, SPEEDRUN).count(), 0);
    } finally {
      await site.stop();
    }
  });

  env.test('a new build waits for the reader: "New version available — Reload", then old caches are gone', async () => {
    const site = await servedCopy();
    try {
      const { page } = await env.newPage();
      await visitUntilControlled(page, site.url());
      const oldVersion = swVersion(site.dir);
      assert.equal(await controllerVersion(page), oldVersion);
      assert.ok((await page.evaluate(() => caches.keys())).includes(`talkboard-shell-${oldVersion}`));
      assert.equal(await page.getByText(/new version available/i).count(), 0, 'no prompt without an update');

      // A new build: a changed file, and the generator run again over the copy.
      appendFileSync(join(site.dir, 'talkboard.css'), '\n/* rebuilt */\n');
      await run(process.execPath, [join(projectDir, 'scripts', 'build-pwa.mjs'), '--dir', site.dir]);
      const newVersion = swVersion(site.dir);
      assert.notEqual(newVersion, oldVersion, 'the content hash changed');

      // The next load finds the new worker; it installs and waits, and the reader is asked.
      await page.reload();
      await waitReady(page);
      const prompt = page.getByRole('status').filter({ hasText: /new version available/i });
      await prompt.waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal(await controllerVersion(page), oldVersion, 'the old version still controls until the reader agrees');
      const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r && r.waiting)));
      assert.ok(waiting, 'the new worker waits (no skipWaiting on install)');

      await Promise.all([
        page.waitForEvent('framenavigated', { timeout: 15_000 }),
        prompt.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await waitReady(page);
      assert.equal(await controllerVersion(page), newVersion, 'the new version controls the page');
      const keys = await page.evaluate(() => caches.keys());
      assert.ok(keys.includes(`talkboard-shell-${newVersion}`), `new shell cache present: ${keys}`);
      assert.ok(!keys.includes(`talkboard-shell-${oldVersion}`), `old shell cache deleted: ${keys}`);
      assert.equal(await page.getByText(/new version available/i).count(), 0, 'no prompt after the update');
    } finally {
      await site.stop();
    }
  });

  env.test('without a service worker the element works the same', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    assert.equal(await gotoAndWaitReady(page, env.url('index.html')), DEMO.total);
    await search(page, 'sockmap', 1);
    assert.deepEqual(page.errors, []);
  });

  env.test('Chromium reports no installability errors (CDP Page.getInstallabilityErrors)', async () => {
    // A regular profile: in the default (off-the-record) context Chromium always says "in-incognito".
    const profile = mkdtempSync(join(tmpdir(), 'talkboard-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_FLAGS, timeout: 30_000,
    });
    try {
      const page = context.pages()[0] || await context.newPage();
      await page.goto(env.url('index.html'));
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
      const parsed = JSON.parse(manifest.data);
      assert.equal(parsed.display, 'standalone');
      assert.ok(parsed.icons.some((icon) => icon.purpose === 'maskable'), 'a maskable icon');
      for (const icon of parsed.icons) {
        const response = await page.request.get(new URL(icon.src, manifest.url).href);
        assert.equal(response.status(), 200, `icon ${icon.src} is served`);
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
