// Smoke-checks the built site in headless Chromium and saves screenshots of the demo as a reader
// first sees it, at desktop (1280x900) and phone (390x844) size:
//   node scripts/screenshot.mjs [--name after] [URL]
// writes docs/<name>-desktop.png and docs/<name>-phone.png (default name: "after"; the README
// shows docs/before-*.png, taken with --name before from the code before issue 15, beside them),
// and the two views a reader can switch to, at both sizes: docs/timetable-{desktop,phone}.png (an
// imported schedule in rooms, tests/fixtures/interop/frab-rooms.json, on its first day at 10:20)
// and docs/speakers-{desktop,phone}.png (the demo post).
// Without URL it serves build/web itself on a free port.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options, positionals } = parseArgs({ options: { name: { type: 'string', default: 'after' } }, allowPositionals: true });
let server = null;
let url = positionals[0];
if (!url) {
  server = spawn('bash', [join(root, 'scripts/serve.sh')], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(String(d).trim())));
  await new Promise((r) => setTimeout(r, 400));
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const check = (ok, what) => { console.log(`${ok ? 'ok' : 'FAIL'} - ${what}`); if (!ok) process.exitCode = 1; };
const SIZES = [['desktop', { width: 1280, height: 900 }, 1], ['phone', { width: 390, height: 844 }, 2]];
try {
  mkdirSync(join(root, 'docs'), { recursive: true });
  // The first view of each size, in a fresh context (no stored state), with a fixed clock so that
  // "on now" does not depend on the day the screenshot is taken.
  for (const [size, viewport, scale] of SIZES) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale, serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => check(false, `page error: ${e.message}`));
    await page.addInitScript(() => document.addEventListener('talkboard-ready', (e) => { window.__readyCount = e.detail.count; }));
    await page.goto(url);
    const count = await page.waitForFunction(() => window.__readyCount, null, { timeout: 10000 })
      .then((h) => h.jsonValue()).catch(() => -1);
    check(count === 14, `${size}: talkboard-ready count ${count}`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(root, 'docs', `${options.name}-${size}.png`) });
    await context.close();
  }

  // The timetable (rooms across: an imported schedule, served in place of the demo's post) and the
  // speakers view, scrolled to the view, with a fixed clock (the timetable's now line).
  const rooms = readFileSync(join(root, 'tests/fixtures/interop/frab-rooms.json'), 'utf8');
  const roomsPage = readFileSync(join(root, 'build/web/index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '')  // (a comment names <talk-board>)
    .replace(/<talk-board\b[\s\S]*?<\/talk-board>/i, '<talk-board src="__rooms.json"></talk-board>');
  for (const [view, page0, expected] of [['timetable', '__rooms.html', 8], ['speakers', '', 14]]) {
    for (const [size, viewport, scale] of SIZES) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: scale, serviceWorkers: 'block', timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      page.on('pageerror', (e) => check(false, `page error: ${e.message}`));
      await page.clock.install({ time: new Date('2024-05-14T08:20:00Z') });
      await page.route(`${url}__rooms.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: rooms }));
      await page.route(`${url}__rooms.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: roomsPage }));
      await page.addInitScript(() => document.addEventListener('talkboard-ready', (e) => { window.__readyCount = e.detail.count; }));
      await page.goto(url + page0);
      const count = await page.waitForFunction(() => window.__readyCount, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch(() => -1);
      check(count === expected, `${view} ${size}: talkboard-ready count ${count}`);
      await page.getByRole('button', { name: view === 'timetable' ? 'Timetable' : 'Speakers', exact: true }).click();
      const shown = view === 'timetable' ? page.getByRole('region', { name: /^Timetable, / }).first() : page.getByRole('list', { name: 'Speakers' });
      await shown.waitFor();
      await page.locator('.tb-view').evaluate((node) => node.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -56));  // the sticky search bar stays over the top
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: join(root, 'docs', `${view}-${size}.png`) });
      await context.close();
    }
  }

  // A reader's round: search, filter, star, reload, download, own time.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => check(false, `page error: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('article');
  check(await page.locator('article').count() === 14, '14 articles');
  await page.getByRole('searchbox', { name: 'Search' }).fill('tetragon');
  await page.waitForFunction(() => document.querySelector('[role=status]').textContent.startsWith('3 '), null, { timeout: 3000 }).catch(() => {});
  check((await page.getByRole('status').first().textContent()).includes('shown'), `search: ${await page.getByRole('status').first().textContent()}`);
  check(await page.locator('article mark').count() > 0, 'search highlights');
  const star = page.getByRole('button', { name: /^Star / }).first();
  await star.click();
  check(await star.getAttribute('aria-pressed') === 'true', 'star pressed');
  await page.reload();
  await page.waitForSelector('article');
  check(await page.getByRole('button', { name: /^Star / }).first().getAttribute('aria-pressed') === 'true', 'star survives reload');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const file = await (await download).path();
  check(readFileSync(file, 'utf8').startsWith('BEGIN:VCALENDAR'), '.ics download');
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await nojs.newPage();
  await plain.goto(url);
  check(await plain.locator('talk-board a[href^="https:"]').count() >= 14, 'readable without JS: the talks are in the page');
} finally {
  await browser.close();
  if (server) server.kill();
}
