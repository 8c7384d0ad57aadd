// Shared harness for the browser tests of <talk-board> (node --test tests/browser/).
//
// What it does, per test file:
//   - serves build/web/ with `python3 -m http.server --bind 127.0.0.1 PORT` on a free port
//     (it gives .wasm/.js/.webmanifest the right MIME types);
//   - launches Debian's /usr/bin/chromium through playwright-core with the flags below;
//   - gives every test a fresh browser context (own localStorage, own service workers) and closes it
//     after the test, whatever the outcome; server and browser are stopped in `after`, and a
//     process 'exit' hook kills the server even if node dies before `after` runs.
//
// A suite that needs response headers (a Content-Security-Policy) is served by a small Node server
// instead (browserSuite(name, body, {headers})), with the same MIME types.
//
// If build/web/index.html is missing the suite is skipped with a message, unless env CI is set:
// in CI a missing build is a failure, not a skip (the rule of tests/prerequisites.mjs, needsWeb).
//
// Everything is bounded: server start (10 s), page actions (10 s default), each test (60 s default).
// The event recorder below listens for the contract's events (`talkboard-ready`, `talkboard-render`)
// from the first script on every page, so no event can be missed by attaching a listener too late.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { needsWeb, projectDir, webDir } from '../prerequisites.mjs';

// The site under test is webDir; TALKBOARD_WEB_DIR points the suite at another copy (e.g. a deployed folder).
export { projectDir, webDir };
export const axePath = join(projectDir, 'node_modules', 'axe-core', 'axe.min.js');
export const demoPost = join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md');

// Flags for Debian's Chromium run headless on a build machine (docs/ARCHITECTURE.md, "Toolchain
// notes"). Playwright adds its own headless switch as well; both agree.
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export const ACTION_TIMEOUT_MS = 10_000;
export const TEST_TIMEOUT_MS = 60_000;

// Ask the kernel for a free port, release it, hand it to python. (A tiny race, acceptable here.)
function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, child, deadlineMs) {
  const end = Date.now() + deadlineMs;
  let lastError;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`http.server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer ${url} within ${deadlineMs} ms: ${lastError?.message}`);
}

// Start python3 -m http.server serving `dir`; returns {baseURL, stop()}.
export async function startServer(dir = webDir) {
  const port = await freePort();
  const child = spawn('python3', ['-m', 'http.server', '--bind', '127.0.0.1', String(port)], {
    cwd: dir, stdio: ['ignore', 'ignore', 'ignore'],
  });
  const killer = () => { try { child.kill('SIGKILL'); } catch { /* already gone */ } };
  // Safety nets: normal exit, and the runner being interrupted (Ctrl-C, timeout(1)). On a signal the
  // server goes at once; playwright-core's own handlers close Chromium; we exit a second later.
  const onSignal = (signal) => {
    killer();
    setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), 1000);
  };
  process.once('exit', killer);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const baseURL = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(new URL('index.html', baseURL).href, child, 10_000);
  } catch (error) {
    killer();
    throw error;
  }
  return {
    baseURL,
    async stop() {
      process.removeListener('exit', killer);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      killer();
    },
  };
}

const MIME_TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.md': 'text/markdown', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

// Serve `dir` from Node with `headers` on every response (python's http.server cannot add any);
// returns {baseURL, stop()} like startServer.
export async function startServerWithHeaders(headers, dir = webDir) {
  const root = resolve(dir);
  const server = http.createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    response.end(readFileSync(file));
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return {
    baseURL: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolveClose) => { server.closeAllConnections(); server.close(() => resolveClose()); }),
  };
}

// Installed in every page before any of its scripts: records the contract's events.
function recordEvents() {
  const log = { ready: [], render: [], error: [] };
  Object.defineProperty(window, '__tbEvents', { value: log, configurable: true });
  const note = (kind) => (event) => {
    const detail = event.detail;
    log[kind].push({ count: detail && detail.count, message: detail && detail.message, at: performance.now(),
                     target: event.target?.localName, id: event.target?.id || null });
  };
  // Capture phase on window: sees the event on its way to <talk-board> even if it does not bubble.
  window.addEventListener('talkboard-ready', note('ready'), true);
  window.addEventListener('talkboard-render', note('render'), true);
  window.addEventListener('talkboard-error', note('error'), true);
}

// Describe a browser suite. `body(env)` declares tests with env.test(...) and gets:
//   env.baseURL                 the static server's root (build/web/, or options.site's folder)
//   env.url(path)               absolute URL under it
//   env.newPage(options)        fresh context + page; options: {context: {...}, init: fn|string}
//   env.browser                 the shared Browser (after `before` ran)
// options.site: an async function, run in `before`, that returns another folder to serve (a site
// the suite builds, e.g. with Hugo); build/web/ must exist all the same.
// options.headers: serve with these response headers (a Node server) instead of python's http.server.
export function browserSuite(name, body, options = {}) {
  const skip = needsWeb('index.html');
  if (skip) {
    describe(name, { skip }, () => {});
    return;
  }

  const env = {
    baseURL: null,
    browser: null,
    server: null,
    contexts: new Set(),
    url(path = 'index.html') { return new URL(path, this.baseURL).href; },
    async newPage(options = {}) {
      assert.ok(this.browser, 'browser not launched');
      const context = await this.browser.newContext({ acceptDownloads: true, ...(options.context || {}) });
      this.contexts.add(context);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS * 2);
      await context.addInitScript(recordEvents);
      if (options.init) await context.addInitScript(options.init);
      const page = await context.newPage();
      page.errors = [];
      page.on('pageerror', (error) => page.errors.push(error));
      return { context, page };
    },
    test(title, options, fn) {
      if (typeof options === 'function') { fn = options; options = {}; }
      return test(title, { timeout: TEST_TIMEOUT_MS, ...options }, fn);
    },
  };

  describe(name, () => {
    before(async () => {
      const root = options.site ? await options.site() : webDir;
      env.server = options.headers ? await startServerWithHeaders(options.headers, root) : await startServer(root);
      env.baseURL = env.server.baseURL;
      env.browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: CHROMIUM_FLAGS,
        timeout: 30_000,
      });
    }, { timeout: 45_000 });

    // Fresh context per test, always closed, even when the test failed.
    afterEach(async () => {
      const closing = [...env.contexts].map((c) => c.close().catch(() => {}));
      env.contexts.clear();
      await Promise.all(closing);
    });

    after(async () => {
      await env.browser?.close().catch(() => {});
      await env.server?.stop();
    }, { timeout: 15_000 });

    body(env);
  });
}

// A page that is the demo index.html with its <talk-board> replaced by one pointing at `postURL`
// (so the page keeps the demo's own scripts and styles). Falls back to the demo head + a fresh body.
export function hostPageFor(postURL, attributes = '') {
  // Comments first: the demo's own comments may mention "<talk-board>".
  const demo = readFileSync(join(webDir, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const board = `<talk-board src="${postURL}"${attributes ? ' ' + attributes : ''}></talk-board>`;
  if (/<talk-board\b[\s\S]*?<\/talk-board>/i.test(demo)) {
    return demo.replace(/<talk-board\b[\s\S]*?<\/talk-board>/i, board);
  }
  const head = (demo.match(/<head[\s\S]*?<\/head>/i) || ['<head><script type="module" src="talkboard.js"></script></head>'])[0];
  return `<!doctype html><html lang="en">${head}<body><main>${board}</main></body></html>`;
}

// A page with the demo's <head> (its stylesheet and module script) and `bodyHtml` as the body.
export function hostPageWithBody(bodyHtml) {
  const demo = readFileSync(join(webDir, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const head = (demo.match(/<head[\s\S]*?<\/head>/i) || ['<head><script type="module" src="talkboard.js"></script></head>'])[0];
  return `<!doctype html><html lang="en">${head}<body><main>${bodyHtml}</main></body></html>`;
}

// Serve `markdown` at <base>/__test-<name>.md and a host page at <base>/__test-<name>.html through
// page.route (service workers must be blocked in that context, or they would bypass the route).
// Returns the host page URL.
export async function routePost(env, page, name, markdown) {
  const postURL = env.url(`__test-${name}.md`);
  const hostURL = env.url(`__test-${name}.html`);
  await page.route(postURL, (route) => route.fulfill({
    status: 200, contentType: 'text/markdown; charset=utf-8', body: markdown,
  }));
  await page.route(hostURL, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: hostPageFor(`__test-${name}.md`),
  }));
  return hostURL;
}
