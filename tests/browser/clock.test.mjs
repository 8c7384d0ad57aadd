// Issue 15, 5 and 6: times as people read them, and a now/next line that keeps up with the clock.
//   - zone names come from Intl ("CET", "GMT+1"), never raw IANA names or offsets;
//   - the reader's own time names the weekday once, and only when the day differs from the
//     heading the card sits under; day headings follow the zone shown;
//   - "On now" / "Next" update on the minute with no input, link to their cards and mark the
//     card that is running.
import assert from 'node:assert/strict';
import { browserSuite, hostPageFor } from './harness.mjs';
import { articleTitled, articles, gotoAndWaitReady, toggleFilter } from './board.mjs';

const SPEEDRUN = 'Speedrun Through Splicing Sockets with Sockmap';      // 15:25-15:50 UTC, Tuesday 19 March
const LESSONS = 'Lessons from Building Scalable Network Policy Enforcement with eBPF';  // 08:50-09:15 UTC
const BEE = 'Bee-Lieve in the Metadata: Pollenating Build Attestations on Kubernetes with Tetragon and EBPF';  // 10:05 UTC
const WEEKDAYS = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/g;
const myTime = (page) => page.getByRole('button', { name: /my time/i });
const nowLine = (page) => page.locator('.tb-now');

// A frab schedule of one event whose zone is given as `zoneName` and whose time carries +01:00.
const frab = (zoneName) => JSON.stringify({ schedule: { version: '1', conference: { title: 'Zones', time_zone_name: zoneName, days: [
  { index: 1, date: '2024-03-19', rooms: { Main: [{ guid: 'g1', id: 1, date: '2024-03-19T12:00:00+01:00', start: '12:00',
    duration: '00:45', room: 'Main', title: 'Zoned Talk', type: 'Talk', persons: [] }] } }] } } });

async function importedPage(env, name, body, context = {}) {
  const { page } = await env.newPage({ context: { serviceWorkers: 'block', locale: 'en-US', ...context } });
  await page.route(env.url(`__clock-${name}.json`), (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.route(env.url(`__clock-${name}.html`), (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: hostPageFor(`__clock-${name}.json`) }));
  await gotoAndWaitReady(page, env.url(`__clock-${name}.html`));
  return page;
}

browserSuite('time zones and the live now/next line', (env) => {
  env.test('zone names read as Intl gives them, never "Europe/Berlin" or "+01:00"', async () => {
    const berlin = await importedPage(env, 'berlin', frab('Europe/Berlin'));
    const text = await articles(berlin).first().innerText();
    assert.match(text, /12:00/);
    assert.doesNotMatch(text, /Europe\/Berlin/);
    assert.match(text, /\b(GMT\+1|CET)\b/, `a readable zone name in ${JSON.stringify(text)}`);
    // A schedule that names UTC but writes +01:00: the session's zone is the offset.
    const offset = await importedPage(env, 'offset', frab('UTC'));
    const text2 = await articles(offset).first().innerText();
    assert.doesNotMatch(text2, /\+01:00/);
    assert.match(text2, /\bGMT\+1\b/, `the offset reads as GMT+1 in ${JSON.stringify(text2)}`);
  });

  env.test('my time in Los Angeles names no weekday twice (nor once, on the heading\'s day)', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'America/Los_Angeles', locale: 'en-US' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, myTime(page));
    const time = await articleTitled(page, SPEEDRUN).locator('time').innerText();
    assert.match(time, /8:25/, '15:25 UTC is 8:25 AM PDT');
    assert.ok((time.match(WEEKDAYS) || []).length <= 1, `one weekday at most: ${JSON.stringify(time)}`);
    assert.doesNotMatch(time, WEEKDAYS, `same day as its heading: no weekday (${JSON.stringify(time)})`);
  });

  env.test('my time in Tokyo: a talk after midnight says Wednesday (on its card or by its heading)', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Asia/Tokyo', locale: 'en-US' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, myTime(page));
    const card = articleTitled(page, SPEEDRUN);
    const time = await card.locator('time').innerText();
    assert.match(time, /12:25/, '15:25 UTC is 12:25 AM in Tokyo');
    const heading = await card.evaluate((article) => {
      let node = article;
      while (node && !(node.localName === 'h2' && node.classList.contains('tb-day-title'))) node = node.previousElementSibling;
      return node ? node.textContent : '';
    });
    assert.ok(/^Wednesday/.test(heading) || (/Wed/.test(time) && (time.match(WEEKDAYS) || []).length === 1),
      `Wednesday by the heading (${heading}) or once on the card (${JSON.stringify(time)})`);
  });

  env.test('day headings follow the zone shown (Tokyo: the talk sits under Wednesday)', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Asia/Tokyo', locale: 'en-US' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, myTime(page));
    const heading = await articleTitled(page, SPEEDRUN).evaluate((article) => {
      let node = article;
      while (node && node.localName !== 'h2') node = node.previousElementSibling;
      return node ? node.textContent : '';
    });
    assert.match(heading, /^Wednesday, March 20/);
  });

  env.test('now/next updates on the minute with no input, links to and marks the running session', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } } });
    await page.clock.install({ time: new Date('2024-03-19T08:55:00Z') });  // 09:55 CET: Lessons runs
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.match(await nowLine(page).innerText(), new RegExp(`On now: .*${LESSONS.slice(0, 30)}`));
    const running = articleTitled(page, LESSONS);
    assert.match(await running.innerText(), /On now/, 'the running card is marked');
    // An hour later (10:55 CET), nothing typed or clicked: nothing runs, Bee-Lieve is next.
    await page.clock.runFor('01:00:00');
    await page.waitForFunction((title) => document.querySelector('.tb-now').textContent.includes(title), BEE.slice(0, 20), { timeout: 5000 });
    const line = await nowLine(page).innerText();
    assert.doesNotMatch(line, /Lessons/, `the old session left the line: ${line}`);
    assert.match(line, /^Next: /);
    assert.doesNotMatch(await running.innerText(), /On now/, 'the mark moved off the finished session');
    // The line's link takes the reader to the card.
    await page.clock.runFor('00:15:00');  // 11:10 CET: Bee-Lieve runs
    await page.waitForFunction(() => /On now/.test(document.querySelector('.tb-now').textContent), null, { timeout: 5000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await nowLine(page).getByRole('link', { name: /Bee-Lieve/ }).click();
    const focused = await page.evaluate(() => document.activeElement.closest('article')?.querySelector('h3')?.textContent);
    assert.equal(focused, BEE, 'the link moves focus to the running card');
    const box = await articleTitled(page, BEE).boundingBox();
    assert.ok(box.y >= 0 && box.y < 900, 'and brings it into view');
    assert.match(await articleTitled(page, BEE).innerText(), /On now/);
  });
});
