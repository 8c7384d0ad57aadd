// URL-hash state per board, share invitations that survive a reload, and filter names that keep
// the label and the count apart (README "Deep links").
import assert from 'node:assert/strict';
import { browserSuite, hostPageWithBody } from './harness.mjs';
import { articles, gotoAndWaitReady, openFilters, search } from './board.mjs';

const post = (title, talks) => [
  `---\ntitle: '${title}'\ndate: '2024-01-18T12:00:00.000Z'\n---\n\n## Talks\n\n`,
  ...talks.map(([name, hour], i) => `[${name} - Ann Lee, Acme](https://example.org/${title}/${i})\n\nTuesday, March 19, 2024, ${hour}:00 - ${hour}:25 CET\n\nAbout ${name}.\n\n`),
].join('');

browserSuite('state per board', (env) => {
  env.test('two boards on one page keep their own hash keys, and a deep link restores each', async () => {
    const body = `
      <talk-board id="left"><script type="text/markdown">${post('Left', [['Alpha', '09'], ['Beta', '10']])}</script></talk-board>
      <talk-board id="right"><script type="text/markdown">${post('Right', [['Gamma', '09'], ['Delta', '10'], ['Epsilon', '11']])}</script></talk-board>`;
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await page.route(env.url('__test-two.html'), (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', body: hostPageWithBody(body) }));
    await page.goto(env.url('__test-two.html'));
    await page.waitForFunction(() => window.__tbEvents.ready.length >= 2, null, { timeout: 20_000 });
    await page.locator('#left').getByRole('searchbox', { name: 'Search' }).fill('beta');
    await page.waitForFunction(() => window.__tbEvents.render.some((e) => e.id === 'left' && e.count === 1), null, { timeout: 10_000 });
    await page.locator('#right').getByRole('searchbox', { name: 'Search' }).fill('delta');
    await page.waitForFunction(() => window.__tbEvents.render.some((e) => e.id === 'right' && e.count === 1), null, { timeout: 10_000 });
    // The search goes into the URL once typing pauses.
    await page.waitForFunction(() => /left\.q=beta/.test(window.location.hash) && /right\.q=delta/.test(window.location.hash), null, { timeout: 5000 })
      .catch(() => {});
    const hash = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
    assert.equal(hash.get('left.q'), 'beta', `left board's search is in the hash: ${hash}`);
    assert.equal(hash.get('right.q'), 'delta', `right board's search is in the hash too: ${hash}`);

    // A fresh page at that URL: each board gets its own search back.
    const { page: fresh } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await fresh.route(env.url('__test-two.html'), (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', body: hostPageWithBody(body) }));
    await fresh.goto(`${env.url('__test-two.html')}#${hash}`);
    await fresh.waitForFunction(() => window.__tbEvents.ready.length >= 2, null, { timeout: 20_000 });
    assert.deepEqual(await fresh.locator('#left').getByRole('article').getByRole('heading').allTextContents(), ['Beta']);
    assert.deepEqual(await fresh.locator('#right').getByRole('article').getByRole('heading').allTextContents(), ['Delta']);
    assert.deepEqual(page.errors.map(String), []);
    assert.deepEqual(fresh.errors.map(String), []);
  });

  env.test('a share link keeps its invitation through a reload until it is accepted', async () => {
    const { context, page: first } = await env.newPage();
    await gotoAndWaitReady(first, env.url('index.html'));
    const id = await articles(first).first().getAttribute('data-id');
    assert.ok(id, 'a session id to share');
    const page = await context.newPage();
    await page.goto(`${env.url('index.html')}#shared=${encodeURIComponent(id)}`);
    await page.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    const accept = page.getByRole('button', { name: /^add to my schedule/i });
    await accept.waitFor({ timeout: 5000 });
    await page.reload();
    await page.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    assert.match(await page.evaluate(() => window.location.hash), /shared=/, 'the invitation is still in the URL');
    await accept.waitFor({ timeout: 5000 });
    await accept.click();
    await page.waitForFunction(() => !/shared=/.test(window.location.hash), null, { timeout: 5000 });
    assert.equal(await page.locator('article [aria-pressed="true"]').count(), 1, 'the shared session is starred');
  });

  env.test('a filter button names its count apart from its label, e.g. "Tuesday, March 19 (13)"', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await search(page, 'cilium');
    await openFilters(page);
    const names = await page.locator('button[aria-pressed]').evaluateAll((els) => els
      .filter((el) => !el.closest('article'))
      .map((el) => el.textContent.replace(/\s+/g, ' ').trim()));
    const day = names.find((name) => /^Tue/.test(name));
    assert.ok(day, `a Tuesday filter among ${JSON.stringify(names)}`);
    assert.match(day, /\S \(\d+\)$/, `label and count are apart: ${JSON.stringify(day)}`);
    const accessible = await page.getByRole('button', { name: /^Tue.* \(\d+\)$/ }).count();
    assert.ok(accessible >= 1, 'the accessible name reads "<label> (<count>)"');
  });
});
