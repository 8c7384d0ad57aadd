// Where module workers are unavailable the core runs on the page itself (core-loader.js falls back
// to core-host.js, the same host the worker runs): the board loads, searches and exports the same.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { browserSuite } from './harness.mjs';
import { DEMO, articles, gotoAndWaitReady, search } from './board.mjs';

// Installed before any page script: this browser has no Web Workers.
function withoutWorkers() {
  Object.defineProperty(window, 'Worker', { value: undefined, configurable: true });
}

browserSuite('without Web Workers', (env) => {
  env.test('the core runs on the page: the demo renders and searches as with a worker', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' }, init: withoutWorkers });
    const fetched = new Set();
    page.on('response', (response) => fetched.add(basename(new URL(response.url()).pathname)));
    assert.equal(await gotoAndWaitReady(page, env.url('index.html')), DEMO.total);
    assert.ok(fetched.has('core-host.js'), `the page fetched the same-thread host: ${[...fetched]}`);
    assert.ok(!fetched.has('core-worker.js'), 'no worker script was fetched');
    await search(page, 'sockmap');
    assert.equal(await articles(page).count(), 1);
    assert.deepEqual(page.errors.map(String), []);
  });
});
