// Smoke-checks the built site in headless Chromium and saves docs/screenshot.png (phone width).
//   node scripts/screenshot.mjs [URL]   (default: serves build/web itself on a free port)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let server = null;
let url = process.argv[2];
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
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => check(false, `page error: ${e.message}`));
  await page.addInitScript(() => document.addEventListener('talkboard-ready', (e) => { window.__readyCount = e.detail.count; }));
  await page.goto(url);
  const count = await page.waitForFunction(() => window.__readyCount, null, { timeout: 10000 })
    .then((h) => h.jsonValue()).catch(() => -1);
  check(count === 14, `talkboard-ready count ${count}`);
  check(await page.locator('article').count() === 14, '14 articles');
  await page.getByRole('searchbox', { name: 'Search' }).fill('tetragon');
  await page.waitForFunction(() => document.querySelector('[role=status]').textContent.startsWith('3 '), null, { timeout: 3000 }).catch(() => {});
  check((await page.getByRole('status').textContent()).includes('shown'), `search: ${await page.getByRole('status').textContent()}`);
  check(await page.locator('article mark').count() > 0, 'search highlights');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.waitForTimeout(300);
  if (!(await page.locator('.tb-filter-panel').getAttribute('open') !== null)) await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('button', { name: /Lightning Talk/ }).first().click();
  check(!(await page.getByRole('status').textContent()).startsWith('14 '), `filter: ${await page.getByRole('status').textContent()}`);
  await page.getByRole('button', { name: /Lightning Talk/ }).first().click();
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
  await page.getByRole('button', { name: 'Show my time' }).click();
  check(await page.getByRole('button', { name: 'Show my time' }).getAttribute('aria-pressed') === 'true', 'my time toggle');
  await page.getByRole('button', { name: 'Show my time' }).click();
  await page.mouse.move(0, 0);
  await page.evaluate(() => { document.activeElement.blur(); document.querySelector('.tb-search').scrollIntoView({ block: 'start' }); window.scrollBy(0, -12); });
  mkdirSync(join(root, 'docs'), { recursive: true });
  await page.screenshot({ path: join(root, 'docs/screenshot.png') });
  const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await wide.goto(url);
  await wide.waitForSelector('article');
  await wide.screenshot({ path: '/tmp/talkboard-wide.png' });
  const nojs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await nojs.newPage();
  await plain.goto(url);
  check(await plain.locator('.static-session').count() === 14, 'readable without JS: 14 static sessions');
} finally {
  await browser.close();
  if (server) server.kill();
}
