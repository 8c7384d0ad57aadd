// The demo under a strict Content-Security-Policy (issue 6): served with
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
// (no inline script, no eval) it must load, search and star with no CSP violation reported.
// python3 -m http.server cannot add headers, so this test serves build/web itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, TEST_TIMEOUT_MS, webDir } from './harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
                '.md': 'text/markdown', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
                '.png': 'image/png', '.svg': 'image/svg+xml' };

function serve() {
  const server = http.createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(webDir, path));
    if (!file.startsWith(webDir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Security-Policy': POLICY });
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
                              'Content-Security-Policy': POLICY });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('the demo works under a strict CSP with no violation', { timeout: TEST_TIMEOUT_MS }, async (t) => {
  if (!existsSync(join(webDir, 'index.html'))) {
    if (process.env.CI) assert.fail(`${webDir} is not built`);
    t.skip(`${webDir} is not built: run scripts/build.sh`);
    return;
  }
  const server = await serve();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const articles = page.getByRole('article');
    await assert.doesNotReject(articles.first().waitFor({ timeout: 20_000 }));
    assert.equal(await articles.count(), 14);
    await page.getByRole('searchbox', { name: 'Search' }).fill('tetragon');
    await page.waitForFunction(() => document.querySelectorAll('talk-board article').length < 14, null, { timeout: 10_000 });
    const star = page.getByRole('button', { name: /^Star / }).first();
    await star.click();
    assert.equal(await star.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
