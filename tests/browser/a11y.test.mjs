// axe-core on the demo in light and dark, at desktop and phone size: no serious or critical
// violation on first view, with the filter panel open, after a search + filter + star, in the
// reader's own time with "On now" showing, and with an empty result.
import { browserSuite } from './harness.mjs';
import { assertAxeClean as checkAxe, articles, favouriteToggle, filterControl, gotoAndWaitReady, search, toggleFilter } from './board.mjs';

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

browserSuite('accessibility in light and dark, desktop and phone', (env) => {
  for (const scheme of ['light', 'dark']) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      env.test(`axe: no serious or critical violations (${scheme}, ${size})`, async () => {
        const { page } = await env.newPage({ context: { colorScheme: scheme, viewport, timezoneId: 'Europe/Paris' } });
        await page.clock.install({ time: new Date('2024-03-19T08:55:00Z') });  // a session is on now
        await gotoAndWaitReady(page, env.url('index.html'));
        await checkAxe(page, 'first view, on now');
        await page.locator('summary', { hasText: /^Filters/ }).click();
        await checkAxe(page, 'filter panel open');
        await search(page, 'ebpf');
        await toggleFilter(page, await filterControl(page, /Tue/i));
        await favouriteToggle(articles(page).first()).click();
        await page.getByRole('button', { name: /my time/i }).click();
        await checkAxe(page, 'searched, filtered, starred, my time');
        await search(page, 'no such talk anywhere', 0);
        await checkAxe(page, 'empty result');
      });
    }
  }
});
