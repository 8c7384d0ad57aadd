// Issue 15, 7 and 8: calendar gaps and the smaller things that tripped readers up.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { browserSuite, hostPageFor, routePost } from './harness.mjs';
import {
  DEMO, articleTitled, articles, favourite, filterControl, gotoAndWaitReady, search, toggleFilter, waitForCount,
} from './board.mjs';

const LESSONS = 'Lessons from Building Scalable Network Policy Enforcement with eBPF';
const SPEEDRUN = 'Speedrun Through Splicing Sockets with Sockmap';
const frontmatter = (title) => `---\ntitle: '${title}'\ndate: '2024-01-18T12:00:00.000Z'\n---\n\n`;

browserSuite('calendar gaps and small things', (env) => {
  env.test('"Download my schedule" with nothing starred says so and downloads nothing', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await page.getByRole('button', { name: /download my schedule/i }).click();
    await page.getByText(/your schedule is empty/i).waitFor({ timeout: 5000 });
    await page.waitForTimeout(500);
    assert.equal(downloaded, false, 'no empty calendar was downloaded');
  });

  env.test('each session\'s own .ics button is visible without opening anything, abstract or not', async () => {
    const post = [frontmatter('Short'), '## Talks\n\n',
      '[No Abstract Here - Ann Lee, Acme](https://example.org/1)\n\nTuesday, March 19, 2024, 09:00 - 09:25 CET\n\n',
      '[With Abstract - Bo Chen, Acme](https://example.org/2)\n\nTuesday, March 19, 2024, 10:00 - 10:25 CET\n\nSome words.\n'].join('');
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await gotoAndWaitReady(page, await routePost(env, page, 'ics', post));
    for (const title of ['No Abstract Here', 'With Abstract']) {
      const button = articleTitled(page, title).getByRole('button', { name: /calendar.*\.ics/i });
      assert.ok(await button.isVisible(), `${title}: its calendar button shows`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'),
      articleTitled(page, 'No Abstract Here').getByRole('button', { name: /calendar.*\.ics/i }).click()]);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    assert.deepEqual(calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).summary), ['No Abstract Here']);
  });

  env.test('the kind is searchable: "lightning" finds the 4 lightning talks', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await search(page, 'lightning', 4);
  });

  env.test('"Show all speakers" only when it would show more', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, await filterControl(page, /Wednesday/i), 1);
    assert.equal(await page.getByRole('button', { name: /show all speakers/i }).count(), 0,
      'with Wednesday chosen, the 4 speakers of that day all show: nothing more to show');
    await toggleFilter(page, await filterControl(page, /Wednesday/i), DEMO.total);
    const more = page.getByRole('button', { name: /show all speakers/i });
    assert.equal(await more.count(), 1, 'all days: more speakers than shown');
    const speakerButtons = page.locator('fieldset', { hasText: 'Speaker' }).getByRole('button');
    const before = await speakerButtons.count();
    await more.click();
    // The facets come back from the worker: the render follows the click by a round trip.
    await speakerButtons.nth(before).waitFor({ timeout: 5000 }).catch(() => {});
    const after = await speakerButtons.count();
    assert.ok(after > before, `"Show all" showed more (${before} -> ${after})`);
  });

  env.test('a pretalx kind "Talk 30 min + 10min Q&A" is not shown as "TALK 30 MIN 10MIN Q A"', async () => {
    const schedule = JSON.stringify({ schedule: { version: '1', conference: { title: 'Pretalx-like', time_zone_name: 'Europe/Berlin', days: [
      { index: 1, date: '2024-03-19', rooms: { Main: [
        { guid: 'g1', id: 1, date: '2024-03-19T09:00:00+01:00', start: '09:00', duration: '00:40', room: 'Main', title: 'First', type: 'Talk 30 min + 10min Q&A', persons: [] },
        { guid: 'g2', id: 2, date: '2024-03-19T10:00:00+01:00', start: '10:00', duration: '01:30', room: 'Main', title: 'Second', type: 'Workshop (90 min)', persons: [] },
      ] } }] } } });
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await page.route(env.url('__pretalx.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: schedule }));
    await page.route(env.url('__pretalx.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostPageFor('__pretalx.json') }));
    await gotoAndWaitReady(page, env.url('__pretalx.html'));
    const text = await page.locator('talk-board').innerText();
    assert.doesNotMatch(text, /30\s*min|10\s*min|q\s*a\b/i, 'no slot length as a kind');
    assert.match(await articleTitled(page, 'Second').innerText(), /Workshop/);
  });

  env.test('undated sessions do not repeat "to be announced"', async () => {
    const post = [frontmatter('Roundup'), 'Talks we liked this year:\n\n',
      '- [Alpha Ideas - Ann Lee, Acme](https://example.org/a)\n', '- [Beta Ideas - Bo Chen, Acme](https://example.org/b)\n',
      '- [Gamma Ideas - Cy Dee, Acme](https://example.org/c)\n'].join('');
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    assert.equal(await gotoAndWaitReady(page, await routePost(env, page, 'undated', post)), 3);
    const text = await page.locator('.tb-list').innerText();
    assert.ok((text.match(/to be announced/gi) || []).length <= 1, `"to be announced" at most once: ${JSON.stringify(text)}`);
    for (const article of await articles(page).all()) assert.doesNotMatch(await article.innerText(), /to be announced/i);
  });

  env.test('a share link tells its recipient which sessions it holds', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    const ids = await Promise.all([LESSONS, SPEEDRUN].map((t) => articleTitled(page, t).getAttribute('data-id')));
    const { page: friend } = await env.newPage();
    await gotoAndWaitReady(friend, `${env.url('index.html')}#shared=${ids.join(',')}`);
    const offer = friend.locator('.tb-notice');
    await offer.getByRole('button', { name: /add to my schedule/i }).waitFor();
    const text = await offer.innerText();
    assert.ok(text.includes(LESSONS) && text.includes(SPEEDRUN), `the offer names both sessions: ${text}`);
  });

  env.test('a filter with one value that every session has is not offered', async () => {
    const post = [frontmatter('One day'), '## Talks\n\n',
      '[One - Ann Lee, Acme](https://example.org/1)\n\nTuesday, March 19, 2024, 09:00 - 09:25 CET\n\n',
      '[Two - Bo Chen, Initech](https://example.org/2)\n\nTuesday, March 19, 2024, 10:00 - 10:25 CET\n\n'].join('');
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await gotoAndWaitReady(page, await routePost(env, page, 'oneday', post));
    await page.locator('details:not([open]) > summary', { hasText: /^Filters/ }).click();
    assert.equal(await page.locator('fieldset', { hasText: /^Day/ }).count(), 0, 'no Day group for a one-day schedule');
    assert.ok(await page.getByRole('button', { name: /^Initech/ }).isVisible(), 'the organization filter, which narrows, is there');
  });

  env.test('"Hide past" on a finished event says the event is over, with a way back', async () => {
    const { page } = await env.newPage();
    await page.clock.install({ time: new Date('2025-01-01T12:00:00Z') });
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, page.getByRole('button', { name: /^hide past/i }), 0);
    const empty = page.locator('.tb-list');
    assert.match(await empty.innerText(), /over|ended/i);
    assert.doesNotMatch(await empty.innerText(), /fewer filters/i);
    await page.getByRole('button', { name: /show past sessions/i }).click();
    await waitForCount(page, DEMO.total);
  });

  env.test('favicon.ico is served, an icon', async () => {
    const response = await fetch(env.url('favicon.ico'));
    assert.equal(response.status, 200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 4)], [0, 0, 1, 0], 'an ICO header');
  });

  env.test('print: a compact agenda of what is shown, without controls', async () => {
    const { page } = await env.newPage({ context: { viewport: { width: 800, height: 1000 } } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, LESSONS);
    await favourite(page, SPEEDRUN);
    await toggleFilter(page, page.getByRole('button', { name: /^My schedule only/ }), 2);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (el) => el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      return {
        search: visible(document.querySelector('input[type=search]')),
        buttons: [...document.querySelectorAll('talk-board button')].filter(visible).map((b) => b.textContent),
        articles: [...document.querySelectorAll('article')].filter(visible).length,
        heights: [...document.querySelectorAll('article')].map((a) => a.getBoundingClientRect().height),
        filterLine: document.querySelector('.tb-active')?.innerText || '',
      };
    });
    assert.equal(shown.search, false, 'no search box in print');
    assert.deepEqual(shown.buttons.filter((t) => !/My schedule/.test(t)), [], 'no buttons in print but the filter line');
    assert.equal(shown.articles, 2, 'the agenda is what is shown: my schedule');
    assert.ok(shown.heights.every((h) => h <= 90), `compact: ${shown.heights}`);
    assert.match(shown.filterLine, /My schedule/, 'it says what the agenda holds');
  });
});
