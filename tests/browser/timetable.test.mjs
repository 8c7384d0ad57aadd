// Issue 16, item 1: the timetable view. An imported schedule (tests/fixtures/interop/frab-rooms.json
// with one more talk that overlaps another in the Main Hall) drawn by rooms across and time down:
// the module is fetched only when the reader opens the view; the view is in the URL; overlapping
// talks stand side by side; the DOM (what a screen reader reads) goes by time; search and filters
// apply; on a phone the grid scrolls sideways with the time column in view and the room header
// stays on top; arrow keys move between sessions and Enter opens one in the list; axe finds no
// serious or critical violation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, hostPageFor, projectDir } from './harness.mjs';
import { assertAxeClean, gotoAndWaitReady, search } from './board.mjs';

const schedule = JSON.parse(readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json'), 'utf8'));
// 10:15-10:45 in the Main Hall, while "Securing Build Pipelines" runs there (10:00-10:45).
const overlapping = structuredClone(schedule.schedule.conference.days[0].rooms['Main Hall'][1]);
Object.assign(overlapping, {
  id: 9101, guid: '5f1b2c3d-0000-4000-8000-000000009101', title: 'Supply Chain Office Hours',
  slug: 'roomcon2024-9101', url: 'https://example.org/roomcon/talk/9101/', date: overlapping.date.replace('T10:00', 'T10:15'),
  start: '10:15', duration: '00:30', persons: [], links: [], attachments: [],
});
schedule.schedule.conference.days[0].rooms['Main Hall'].splice(2, 0, overlapping);
const body = JSON.stringify(schedule);

// Day one as the core lays it out: by start, then room (Main Hall first), then sub-column.
const DAY_ONE = ['Welcome to Room Con', 'Securing Build Pipelines', 'Hands-on eBPF Tracing', 'Supply Chain Office Hours',
  'Lunch', 'Build Your Own Board'];

async function open(env, page) {
  const host = env.url('__timetable.html');
  await page.route(env.url('__timetable.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await page.route(host, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPageFor('__timetable.json') }));
  await gotoAndWaitReady(page, host);
}

const dayRegion = (page, n) => page.getByRole('region', { name: /^Timetable, / }).nth(n);
const titlesIn = (locator) => locator.locator('article h3').allTextContents().then((t) => t.map((s) => s.replace(/[\u2068\u2069]/g, '')));

async function showTimetable(page) {
  await page.getByRole('button', { name: 'Timetable', exact: true }).click();
  await dayRegion(page, 0).waitFor();
}

browserSuite('timetable view', (env) => {
  env.test('loaded on demand, in the URL; rooms across, time down, overlaps side by side, DOM by time', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await open(env, page);
    assert.ok(!fetched.some((p) => p.endsWith('-view.js')), `no view module at load: ${fetched.join(' ')}`);
    await showTimetable(page);
    assert.ok(fetched.some((p) => p.endsWith('timetable-view.js')), 'the timetable module is fetched when opened');
    assert.match(new URL(page.url()).hash, /(^#|&)view=timetable(&|$)/);
    assert.equal(await page.getByRole('button', { name: 'Timetable', exact: true }).getAttribute('aria-pressed'), 'true');

    const day = dayRegion(page, 0);
    assert.deepEqual(await titlesIn(day), DAY_ONE);
    const heads = await day.locator('.tb-tt-head').allTextContents();
    assert.deepEqual(heads, ['Main Hall', 'Workshop Room']);
    // Each time label comes just before the sessions that start at it.
    const order = await day.locator('.tb-tt-time, article h3').allTextContents();
    assert.deepEqual(order.map((t) => t.replace(/[\u2068\u2069]/g, '')), ['09:00', 'Welcome to Room Con', '10:00', 'Securing Build Pipelines',
      'Hands-on eBPF Tracing', '10:15', 'Supply Chain Office Hours', '12:00', 'Lunch', '14:00', 'Build Your Own Board']);

    const box = async (title) => day.locator('article', { hasText: title }).boundingBox();
    const [securing, office, hands, hall] = [await box('Securing'), await box('Office Hours'), await box('Hands-on'),
      await day.locator('.tb-tt-head', { hasText: 'Main Hall' }).boundingBox()];
    assert.ok(securing.x + securing.width <= office.x + 1, 'the overlapping talks stand side by side');
    assert.ok(office.y < securing.y + securing.height && securing.y < office.y, 'and share their time');
    assert.ok(securing.x >= hall.x - 1 && office.x + office.width <= hall.x + hall.width + 1, 'both under the Main Hall');
    assert.ok(hands.x >= hall.x + hall.width - 1, 'the workshop is in the next column');
    assert.ok(Math.abs(hands.y - securing.y) < 2, 'the talks at 10:00 start on one line');
    const lunch = await box('Lunch');
    assert.ok(lunch.height > (await box('Welcome')).height, 'an hour is taller than half an hour');

    // Back to the list and forward again: the view follows the history.
    await page.goBack();
    await page.getByRole('article').first().waitFor();
    assert.equal(await dayRegion(page, 0).count(), 0);
    await page.goForward();
    await dayRegion(page, 0).waitFor();
    // A reload keeps it.
    await page.reload();
    await dayRegion(page, 0).waitFor();
    assert.deepEqual(await titlesIn(dayRegion(page, 0)), DAY_ONE);
  });

  env.test('search and filters apply to the grid', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await open(env, page);
    await showTimetable(page);
    await search(page, 'fuzz');
    await page.waitForFunction(() => document.querySelectorAll('.tb-tt-cell').length === 2);
    assert.equal(await page.getByRole('region', { name: /^Timetable, / }).count(), 1, 'only the day with matches');
    assert.deepEqual(await titlesIn(dayRegion(page, 0)), ['Fuzzing Everything', 'Fuzz Clinic']);
    await search(page, '');
    await page.waitForFunction(() => document.querySelectorAll('.tb-tt-cell').length === 9);
    await page.locator('summary', { hasText: /^Filters/ }).click();
    await page.getByRole('group', { name: 'Room', exact: true }).getByRole('button', { name: /^Workshop Room/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.tb-tt-cell').length === 2);
    assert.deepEqual(await dayRegion(page, 0).locator('.tb-tt-head').allTextContents(), ['Workshop Room']);
  });

  env.test('phone: the grid scrolls sideways with the time column in view, the room header stays on top', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block', viewport: { width: 390, height: 844 } } });
    await open(env, page);
    await showTimetable(page);
    const scroller = dayRegion(page, 0);
    const sizes = await scroller.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth, height: node.scrollHeight, shown: node.clientHeight }));
    assert.ok(sizes.scroll > sizes.client, `wider than the phone: ${JSON.stringify(sizes)}`);
    assert.ok(sizes.height > sizes.shown, `taller than its box: ${JSON.stringify(sizes)}`);
    await scroller.evaluate((node) => { node.scrollLeft = 250; node.scrollTop = 200; });
    const frame = await scroller.boundingBox();
    const time = await scroller.locator('.tb-tt-time').last().boundingBox();
    const head = await scroller.locator('.tb-tt-head').first().boundingBox();
    assert.ok(Math.abs(time.x - frame.x) <= 2, `the time column stays at the left: ${time.x} vs ${frame.x}`);
    assert.ok(Math.abs(head.y - frame.y) <= 2, `the room header stays on top: ${head.y} vs ${frame.y}`);
  });

  env.test('keyboard: one tab stop, arrows between sessions, Enter opens the session in the list', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await open(env, page);
    await showTimetable(page);
    const day = dayRegion(page, 0);
    assert.equal(await day.locator('button[tabindex="0"]').count(), 1, 'one tab stop per day');
    const focused = () => page.evaluate(() => document.activeElement.textContent.replace(/[\u2068\u2069]/g, ''));
    await day.locator('button[tabindex="0"]').focus();
    assert.equal(await focused(), 'Welcome to Room Con');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'Securing Build Pipelines', 'down: the next session in the room');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'Supply Chain Office Hours', 'right: the session beside it');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'Hands-on eBPF Tracing', 'right: the next room at that time');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('End');
    assert.equal(await focused(), 'Build Your Own Board');
    await page.keyboard.press('Home');
    assert.equal(await focused(), 'Welcome to Room Con');
    assert.equal(await day.locator('button[tabindex="0"]').count(), 1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dayRegion(page, 0).waitFor({ state: 'detached' });  // the list is shown (the grid's cells are articles too)
    await page.locator('.tb-list article', { hasText: 'Securing Build Pipelines' }).waitFor();
    assert.ok(!/view=/.test(new URL(page.url()).hash));
    await page.waitForFunction(() => document.activeElement && document.activeElement.closest('article')
      && document.activeElement.closest('article').textContent.includes('Securing Build Pipelines'));
  });

  for (const [size, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } })) {
    env.test(`axe: no serious or critical violations in the timetable (${size})`, async () => {
      const { page } = await env.newPage({ context: { serviceWorkers: 'block', viewport } });
      await open(env, page);
      await showTimetable(page);
      await assertAxeClean(page, `timetable, ${size}`);
    });
  }
});
