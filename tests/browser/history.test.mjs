// Issue 15, 2, 3 and 5 (the URL side), and Back: the reader's state in the URL and in storage
// agrees with what the page shows after a reload or a deep link; a search leaves no stray `open=`;
// filter changes are history entries, so Back undoes them and stays on the page; the clock choice
// ("Show my time") is remembered and in the URL.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import {
  DEMO, articleTitled, articles, eventTotal, favourite, filterControl, gotoAndWaitReady, isOn, isPressed,
  search, toggleFilter, waitForCount, waitReady,
} from './board.mjs';

const LESSONS = 'Lessons from Building Scalable Network Policy Enforcement with eBPF';
const SPEEDRUN = 'Speedrun Through Splicing Sockets with Sockmap';
const mineButton = (page) => page.getByRole('button', { name: /^My schedule only/ });
const myTimeButton = (page) => page.getByRole('button', { name: /my time/i });
const hashParams = async (page) => new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));

browserSuite('URL state and history', (env) => {
  env.test('"My schedule only" stays pressed after a reload, and one click turns it off', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, LESSONS);
    await favourite(page, SPEEDRUN);
    await toggleFilter(page, mineButton(page), 2);
    await page.reload();
    await waitReady(page);
    await waitForCount(page, 2);
    assert.equal(await isPressed(mineButton(page)), true, 'the button says the filter is on');
    await toggleFilter(page, mineButton(page), DEMO.total);
    assert.equal(await isPressed(mineButton(page)), false);
  });

  env.test('a deep link with mine=1 shows the button pressed', async () => {
    const { context, page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, SPEEDRUN);
    const linked = await context.newPage();
    await linked.goto(`${env.url('index.html')}#mine=1`);
    await waitReady(linked);
    await waitForCount(linked, 1);
    assert.equal(await isPressed(mineButton(linked)), true);
  });

  env.test('a search that opens an abstract writes no open=, and clearing it closes the abstract', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await search(page, 'kernel');
    assert.ok(await page.locator('article details[open]').count() > 0, 'the match inside an abstract is shown');
    await page.waitForFunction(() => /q=kernel/.test(window.location.hash), null, { timeout: 5000 });
    assert.equal((await hashParams(page)).has('open'), false, `no open= in ${await page.evaluate(() => window.location.hash)}`);
    await search(page, '', DEMO.total);
    await page.waitForTimeout(400);  // past the pause after which the search is written
    assert.equal(await page.locator('article details[open]').count(), 0, 'no abstract stays open');
    assert.equal((await hashParams(page)).has('open'), false);
    // The reader's own opening is state worth sharing.
    await articleTitled(page, LESSONS).getByText('Abstract').click();
    await page.waitForFunction(() => /open=/.test(window.location.hash), null, { timeout: 5000 });
  });

  env.test('Back undoes a filter change and stays on the page; Forward redoes it', async () => {
    const { page } = await env.newPage();
    await page.goto(env.url('index.html'));
    await waitReady(page);
    const control = await filterControl(page, /Lightning/i);
    await toggleFilter(page, control, 4);
    const before = await eventTotal(page);
    await page.goBack();
    await waitForCount(page, DEMO.total, { after: before });
    assert.equal(new URL(page.url()).pathname, new URL(env.url('index.html')).pathname, 'still on the page');
    assert.equal(await isOn(await filterControl(page, /Lightning/i)), false);
    const back = await eventTotal(page);
    await page.goForward();
    await waitForCount(page, 4, { after: back });
    assert.equal(await isOn(await filterControl(page, /Lightning/i)), true);
  });

  env.test('"Show my time" is in the URL and remembered for the next visit', async () => {
    const { context, page } = await env.newPage({ context: { timezoneId: 'America/New_York', locale: 'en-GB' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, myTimeButton(page));
    await page.waitForFunction(() => /time=mine/.test(window.location.hash), null, { timeout: 5000 });
    await page.reload();
    await waitReady(page);
    assert.equal(await isPressed(myTimeButton(page)), true, 'still in my time after a reload');
    assert.match(await articleTitled(page, SPEEDRUN).innerText(), /11:25/, '15:25 UTC in New York');
    // A new visit without the hash: the choice is remembered.
    const later = await context.newPage();
    await later.goto(env.url('index.html'));
    await waitReady(later);
    assert.equal(await isPressed(myTimeButton(later)), true, 'remembered without the URL');
    assert.match(await articleTitled(later, SPEEDRUN).innerText(), /11:25/);
    assert.equal(await articles(later).count(), DEMO.total);
  });
});
