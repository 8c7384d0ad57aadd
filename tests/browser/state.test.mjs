// Reader state on the demo page: favourites persisting across reloads, the share link and its merge
// prompt, the .ics downloads read back by ical.js, and storage that is corrupt or throws.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { browserSuite } from './harness.mjs';
import {
  DEMO, articleTitled, articles, favourite, favouriteToggle, gotoAndWaitReady, isPressed,
  search, waitForCount, waitReady,
} from './board.mjs';

const LESSONS = 'Lessons from Building Scalable Network Policy Enforcement with eBPF';
const SPEEDRUN = 'Speedrun Through Splicing Sockets with Sockmap';
const MAINTAINERS = 'Cilium: Connecting, Observing, and Securing Service Mesh and Beyond with EBPF';

// The .ics a click on `name` downloads, parsed by ical.js: [{summary, start (ISO, UTC), end}].
async function downloadIcs(page, name) {
  const button = page.getByRole('button', { name }).or(page.getByRole('link', { name })).first();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()]);
  assert.match(download.suggestedFilename(), /\.ics$/i, 'the download is named *.ics');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  assert.match(text, /^BEGIN:VCALENDAR\r\n/, 'iCalendar text with CRLF lines');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString().replace('.000Z', 'Z'),
      startIsUtc: event.startDate.zone === ICAL.Timezone.utcTimezone || event.startDate.timezone === 'Z',
    };
  });
}

browserSuite('reader state', (env) => {
  env.test('a favourite toggles aria-pressed and survives a reload', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    const toggle = await favourite(page, SPEEDRUN);
    assert.equal(await isPressed(toggle), true);
    // Toggling twice goes back and forth.
    await favouriteToggle(articleTitled(page, LESSONS)).click();
    await favouriteToggle(articleTitled(page, LESSONS)).click();
    assert.equal(await isPressed(favouriteToggle(articleTitled(page, LESSONS))), false);

    await page.reload();
    await page.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    await waitForCount(page, DEMO.total);
    assert.equal(await isPressed(favouriteToggle(articleTitled(page, SPEEDRUN))), true, 'still a favourite after reload');
    assert.equal(await isPressed(favouriteToggle(articleTitled(page, LESSONS))), false);
    assert.equal(await page.locator('article [aria-pressed="true"]').count(), 1, 'exactly one favourite');
  });

  env.test('share link round trip: two favourites, open the link in a fresh context, accept the merge', async () => {
    const { context, page } = await env.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url('/') }).catch(() => {});
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, LESSONS);
    await favourite(page, MAINTAINERS);
    await page.getByRole('button', { name: /share/i }).first().click();

    // The link: a text field, a link, or the clipboard, whichever the element offers.
    let link = null;
    const field = page.getByRole('textbox', { name: /link|share|url/i });
    if (await field.count()) link = await field.first().inputValue();
    if (!link) {
      const anchor = page.getByRole('link', { name: /share|link to/i });
      if (await anchor.count()) link = await anchor.first().getAttribute('href');
    }
    if (!link) link = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    assert.ok(link, 'the share control produced a link');
    const shareURL = new URL(link, page.url());
    assert.equal(shareURL.origin + shareURL.pathname, new URL(env.url('index.html')).origin + new URL(page.url()).pathname,
      'the link points at this page');

    const { page: friend } = await env.newPage();
    friend.on('dialog', (dialog) => dialog.accept()); // if the prompt is a window.confirm
    await gotoAndWaitReady(friend, shareURL.href);
    const accept = friend.getByRole('button', { name: /^(add to my schedule|merge|accept|import|add)\b/i })
      .filter({ hasNotText: /★|☆/ });
    // An in-page prompt (the element's own), unless a dialog was accepted already.
    if (await accept.count()) await accept.first().click();
    await friend.waitForFunction(() => document.querySelectorAll('article [aria-pressed="true"]').length >= 2, null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await isPressed(favouriteToggle(articleTitled(friend, LESSONS))), true, `${LESSONS} is a favourite`);
    assert.equal(await isPressed(favouriteToggle(articleTitled(friend, MAINTAINERS))), true, `${MAINTAINERS} is a favourite`);
    assert.equal(await friend.locator('article [aria-pressed="true"]').count(), 2, 'exactly those two');
    // Accepted favourites are stored: a reload keeps them without asking again.
    await friend.goto(env.url('index.html'));
    await friend.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    assert.equal(await friend.locator('article [aria-pressed="true"]').count(), 2, 'merged favourites persisted');
  });

  env.test('.ics download of the whole schedule: 14 events at the right instants (ical.js)', async () => {
    const { page } = await env.newPage({ context: { timezoneId: 'America/Los_Angeles' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const events = await downloadIcs(page, /^download (calendar|.*all).*\.ics|calendar \(\.ics\)$/i);
    assert.equal(events.length, DEMO.total);
    const expected = new Map(DEMO.sessions);
    for (const event of events) {
      assert.ok(expected.has(event.summary), `unexpected SUMMARY ${JSON.stringify(event.summary)}`);
      assert.equal(event.start, expected.get(event.summary), `start of ${event.summary}`);
    }
    assert.deepEqual(new Set(events.map((e) => e.summary)), new Set(expected.keys()));
  });

  env.test('.ics download of my schedule holds exactly the favourites', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, SPEEDRUN);
    await favourite(page, MAINTAINERS);
    const events = await downloadIcs(page, /my schedule.*(\.ics|calendar)/i);
    const expected = new Map(DEMO.sessions);
    assert.deepEqual(events.map((e) => e.summary).sort(), [MAINTAINERS, SPEEDRUN].sort());
    for (const event of events) assert.equal(event.start, expected.get(event.summary));
  });

  env.test('a corrupted localStorage value leaves the widget working', async () => {
    // Learn which keys the element writes (no assumption about their names), then corrupt them.
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await favourite(page, SPEEDRUN);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.ok(keys.length > 0, 'favourites are written to localStorage');

    // Same page, loaded again per value: the garbage is written just before the reload that reads it.
    const broken = page;
    for (const garbage of ['{not json', '{"ids": 42}', '[1, null, {"x": 2}]']) {
      await broken.evaluate(([ks, value]) => { for (const k of ks) localStorage.setItem(k, value); }, [keys, garbage]);
      // A fresh load of the plain page (not reload(): the hash would restore the last search).
      await broken.goto(env.url('index.html'));
      const count = await waitReady(broken);
      assert.equal(count, DEMO.total, `ready with 14 despite ${JSON.stringify(garbage)}`);
      assert.equal(await articles(broken).count(), DEMO.total);
      assert.equal(await broken.locator('article [aria-pressed="true"]').count(), 0, `no phantom favourites from ${JSON.stringify(garbage)}`);
      await favourite(broken, LESSONS);
      await search(broken, 'sockmap', 1);
      assert.deepEqual(broken.errors.map(String), [], 'no uncaught errors');
    }
  });

  env.test('a localStorage that throws leaves the widget working (favourites still toggle)', async () => {
    const { page } = await env.newPage({
      init: () => {
        const fail = () => { throw new DOMException('storage disabled', 'SecurityError'); };
        Storage.prototype.getItem = fail;
        Storage.prototype.setItem = fail;
        Storage.prototype.removeItem = fail;
      },
    });
    const count = await gotoAndWaitReady(page, env.url('index.html'));
    assert.equal(count, DEMO.total);
    assert.equal(await articles(page).count(), DEMO.total);
    await favourite(page, SPEEDRUN);
    await search(page, 'sockmap', 1);
    assert.equal(await isPressed(favouriteToggle(articleTitled(page, SPEEDRUN))), true, 'favourite kept in memory');
    assert.deepEqual(page.errors.map(String), [], 'no uncaught errors');
  });
});
