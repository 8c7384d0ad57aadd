// Issue 16, item 5: jump to now during the event, with the current time marked in the list and in
// the timetable. The clock is Playwright's fake clock (as in clock.test.mjs): the demo's day one,
// 09:55 CET (Lessons runs), then 10:55 CET (nothing runs; Bee-Lieve is next), and a week before.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import { DEMO, articleTitled, gotoAndWaitReady } from './board.mjs';

const LESSONS = DEMO.sessions[1][0];
const BEE = DEMO.sessions[4][0];
const jump = (page) => page.getByRole('button', { name: 'Jump to now' });
// The title of the card right after the list's "Now" mark.
const afterMark = (page) => page.evaluate(() => {
  const mark = document.querySelector('.tb-now-mark');
  return mark && mark.nextElementSibling ? mark.nextElementSibling.querySelector('h3').textContent : null;
});
const focusedTitle = (page) => page.evaluate(() => document.activeElement.closest('article')?.querySelector('h3')?.textContent);

browserSuite('jump to now', (env) => {
  env.test('list: the mark stands before the running session and moves on with the clock; the button goes there', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } } });
    await page.clock.install({ time: new Date('2024-03-19T08:55:00Z') });  // 09:55 CET: Lessons runs
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.equal(await page.locator('.tb-now-mark').count(), 1);
    assert.equal(await afterMark(page), LESSONS);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await jump(page).click();
    assert.equal(await focusedTitle(page), LESSONS);
    const box = await articleTitled(page, LESSONS).boundingBox();
    assert.ok(box.y >= 0 && box.y < 900, `the card is in view: ${box.y}`);

    // An hour later, with no input: nothing runs, the mark stands before the next session.
    await page.clock.runFor('01:00:00');
    await page.waitForFunction((title) => {
      const mark = document.querySelector('.tb-now-mark');
      return mark && mark.nextElementSibling && mark.nextElementSibling.textContent.includes(title);
    }, BEE.slice(0, 20), { timeout: 5000 });
    assert.equal(await page.locator('.tb-now-mark').count(), 1);
    await jump(page).click();
    assert.equal(await focusedTitle(page), BEE);
  });

  env.test('timetable: a line at the current minute inside the running session; the button focuses it', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } } });
    await page.clock.install({ time: new Date('2024-03-19T09:00:00Z') });  // 10:00 CET: Lessons (09:50-10:15) runs
    await gotoAndWaitReady(page, env.url('index.html'));
    await page.getByRole('button', { name: 'Timetable', exact: true }).click();
    const line = page.locator('.tb-tt-now');
    await line.waitFor({ state: 'attached' });
    assert.equal(await line.count(), 1, 'only on the day that is today');
    await jump(page).click();
    const focused = await page.evaluate(() => document.activeElement.textContent);
    assert.equal(focused, LESSONS);
    // The line is drawn inside the running session's rows: 10 of its 25 minutes in.
    const cell = await page.locator('.tb-tt-cell', { hasText: LESSONS.slice(0, 30) }).boundingBox();
    const mark = await line.evaluate((node) => {
      const r = node.getBoundingClientRect();
      const at = parseFloat(getComputedStyle(node).getPropertyValue('--tb-tt-now')) / 100;
      return { y: r.top + at * r.height, top: r.top, height: r.height };
    });
    assert.ok(mark.y > cell.y && mark.y < cell.y + cell.height, `the line (${mark.y}) is within the running cell (${cell.y}..${cell.y + cell.height})`);
    assert.ok(cell.y >= 0 && cell.y < 844, 'and the cell was scrolled into view');
  });

  env.test('a week before the event: no mark, no button, no line', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'Europe/Paris' } });
    await page.clock.install({ time: new Date('2024-03-12T09:00:00Z') });
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.equal(await page.locator('.tb-now-mark').count(), 0);
    assert.equal(await jump(page).count(), 0);
    await page.getByRole('button', { name: 'Timetable', exact: true }).click();
    await page.getByRole('region', { name: /^Timetable, / }).first().waitFor();
    assert.equal(await page.locator('.tb-tt-now').count(), 0);
  });
});
