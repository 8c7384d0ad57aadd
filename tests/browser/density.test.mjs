// Issue 15, 4: content before chrome. At 1280x900 the first session's title is above the fold
// with the filters one click (or key) away; at 390x844 the first session shows on load; a card
// without an open abstract is at most 120 px tall on a desktop; a skip link leads to the
// sessions; active filters are summarized with "Clear all" while the filter panel is collapsed;
// on a phone a tapped filter shows its result.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import { DEMO, articles, filterControl, gotoAndWaitReady, toggleFilter, waitForCount } from './board.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const CARD_MAX_PX = 120;

browserSuite('density: sessions before chrome', (env) => {
  env.test('1280x900: the first title is above the fold; one click opens the filters', async () => {
    const { page } = await env.newPage({ context: { viewport: DESKTOP } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const title = await articles(page).first().getByRole('heading').boundingBox();
    assert.ok(title && title.y + title.height <= DESKTOP.height, `first title ends at y=${title && title.y + title.height}`);
    const filters = page.locator('summary', { hasText: /^Filters/ });
    assert.ok(await filters.isVisible(), 'the filter panel\'s toggle is on screen');
    await filters.click();
    assert.ok(await page.getByRole('button', { name: /Lightning Talk/ }).first().isVisible(), 'a filter after one click');
  });

  env.test('1280x900: every card without an open abstract is at most 120 px tall', async () => {
    const { page } = await env.newPage({ context: { viewport: DESKTOP } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const heights = await articles(page).evaluateAll((all) => all.map((a) => [a.querySelector('h3').textContent, a.getBoundingClientRect().height]));
    assert.equal(heights.length, DEMO.total);
    const tall = heights.filter(([, h]) => h > CARD_MAX_PX);
    assert.deepEqual(tall, [], `cards over ${CARD_MAX_PX} px`);
  });

  env.test('390x844: the first session is visible on load, and what sticks covers at most 70 px', async () => {
    const { page } = await env.newPage({ context: { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const box = await articles(page).first().getByRole('heading').boundingBox();
    assert.ok(box && box.y + box.height <= PHONE.height, `first title ends at y=${box && box.y + box.height}`);
    // Scrolled into the list, the sticky bars (search, day titles) must not hide the cards' times.
    await articles(page).nth(3).evaluate((a) => a.scrollIntoView({ block: 'start' }));
    const sticky = await page.evaluate(() => [...document.querySelectorAll('talk-board *')]
      .filter((el) => getComputedStyle(el).position === 'sticky' && el.checkVisibility() && el.getBoundingClientRect().height > 0)
      .map((el) => [el.className, el.getBoundingClientRect().height]));
    const total = sticky.reduce((sum, [, height]) => sum + height, 0);
    assert.ok(total <= 70, `sticky bars take ${total} px of a 844 px screen: ${JSON.stringify(sticky)}`);
  });

  env.test('a skip link is the first stop of the keyboard and leads to the sessions', async () => {
    const { page } = await env.newPage({ context: { viewport: DESKTOP } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ name: document.activeElement.textContent, visible: document.activeElement.getBoundingClientRect().left >= 0 }));
    assert.match(skip.name, /skip to the sessions/i);
    assert.ok(skip.visible, 'the skip link shows when focused');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inArticle: Boolean(document.activeElement.closest('article')), text: document.activeElement.textContent }));
    assert.ok(focused.inArticle, `after the skip link, Tab is in the first session (${focused.text})`);
  });

  env.test('a deep link with filters under the collapsed panel says what filters, with "Clear all"', async () => {
    const { page } = await env.newPage({ context: { viewport: DESKTOP } });
    await page.goto(`${env.url('index.html')}#kind=lightning_talk&q=nosuchtalkanywhere`);
    await page.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.__tbEvents.ready[0].count), 0);
    assert.equal(await page.locator('details.tb-filter-panel[open], details[open]:has(button[aria-pressed])').count(), 0, 'the filter panel is collapsed');
    await page.getByRole('button', { name: /remove filter.*lightning talk/i }).waitFor();
    assert.ok(await page.getByRole('button', { name: /remove filter.*nosuchtalkanywhere/i }).isVisible(), 'the search is named');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await waitForCount(page, DEMO.total);
    await page.waitForFunction(() => !/kind=|q=/.test(window.location.hash), null, { timeout: 5000 });
    // One filter removed on its own.
    await toggleFilter(page, await filterControl(page, /Lightning/i), 4);
    await page.locator('summary', { hasText: /^Filters/ }).click();  // collapse the panel again
    await page.getByRole('button', { name: /remove filter.*lightning talk/i }).click();
    await waitForCount(page, DEMO.total);
  });

  env.test('390x844: a tapped filter shows its result at once, and the list is one tap away', async () => {
    const { page } = await env.newPage({ context: { viewport: PHONE, isMobile: true, hasTouch: true } });
    await gotoAndWaitReady(page, env.url('index.html'));
    await page.locator('summary', { hasText: /^Filters/ }).tap();
    const chip = page.getByRole('button', { name: /Lightning Talk/ }).first();
    await chip.scrollIntoViewIfNeeded();
    await chip.tap();
    await waitForCount(page, 4);
    const show = page.getByRole('button', { name: /^Show 4 sessions$/ });
    const box = await show.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= PHONE.height, `"Show 4 sessions" is on screen (y=${box && box.y})`);
    await show.tap();
    const first = await articles(page).first().getByRole('heading').boundingBox();
    assert.ok(first && first.y >= 0 && first.y < PHONE.height, `the first of the 4 sessions is on screen (y=${first && first.y})`);
  });
});
