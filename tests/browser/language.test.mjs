// Issue 16, item 6: the page's language. On a page whose <html lang> is German the element speaks
// German (ui-strings-de.js, fetched only there) and writes days and times through Intl in German;
// an English page never fetches the German words. An imported schedule's talk languages are a
// filter group, named in the page's language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, hostPageFor, projectDir, webDir } from './harness.mjs';
import { DEMO, articles, gotoAndWaitReady } from './board.mjs';

const demoPost = readFileSync(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'), 'utf8');
const rooms = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json'), 'utf8');

// The demo page with its <html lang> set to `lang`, serving `body` as the board's source.
async function pageIn(env, page, lang, name, body, type) {
  await page.route(env.url(name), (route) => route.fulfill({ status: 200, contentType: type, body }));
  const html = hostPageFor(name, 'calendar="schedule.ics"').replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  assert.match(html, new RegExp(`<html lang="${lang}"`));
  await page.route(env.url(`__${lang}.html`), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await gotoAndWaitReady(page, env.url(`__${lang}.html`));
}

browserSuite('the page\'s language', (env) => {
  env.test('a German page: German words, days and times; the English page never fetches them', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block', timezoneId: 'Europe/Berlin' } });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await pageIn(env, page, 'de', '__de-post.md', demoPost, 'text/markdown; charset=utf-8');
    assert.ok(fetched.some((p) => p.endsWith('ui-strings-de.js')));
    await page.getByRole('searchbox', { name: 'Suche' }).waitFor();
    assert.equal(await page.getByRole('status').filter({ hasText: 'angezeigt' }).innerText(), `${DEMO.total} Vorträge angezeigt`);
    for (const name of ['Liste', 'Zeitplan', 'Sprecher', 'Nur mein Programm (0)', 'Kalender herunterladen (.ics)']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    assert.equal(await page.getByRole('link', { name: 'Kalender abonnieren' }).count(), 1);
    const days = await page.locator('.tb-day-title').allTextContents();
    assert.deepEqual(days, ['Dienstag, 19. März', 'Mittwoch, 20. März']);
    // The reader's own time through Intl in German. The reader is in Berlin, so the clock reads
    // 09:00 either way: wait for the zone's name to change, not the time (the time matched before
    // the switch had rendered, and the test read the event's "CET" on a busy machine).
    await page.getByRole('button', { name: 'Meine Uhrzeit' }).click();
    await page.waitForFunction(() => {
      const first = document.querySelector('talk-board article');
      return first.querySelector('time').textContent.startsWith('09:00') && !/CET/.test(first.querySelector('.tb-zone').textContent);
    });
    const zone = await page.locator('talk-board article .tb-zone').first().textContent();
    assert.match(zone, /MEZ|GMT\+1|MESZ/, `a German zone name: ${zone}`);
    // The timetable speaks German too.
    await page.getByRole('button', { name: 'Zeitplan' }).click();
    await page.getByRole('region', { name: 'Zeitplan, Dienstag, 19. März' }).waitFor();

    // The demo page is English: the German words are not fetched.
    const { page: english } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const seen = [];
    english.on('request', (request) => seen.push(new URL(request.url()).pathname));
    await gotoAndWaitReady(english, env.url('index.html'));
    assert.ok(!seen.some((p) => p.endsWith('ui-strings-de.js')));
    await english.getByRole('searchbox', { name: 'Search' }).waitFor();
    assert.deepEqual(await english.locator('.tb-day-title').allTextContents(), ['Tuesday, March 19', 'Wednesday, March 20']);
  });

  env.test('talk languages are a filter, named in the page\'s language', async () => {
    for (const [lang, legend, german, english] of [['en', 'Language', 'German', 'English'], ['de', 'Sprache', 'Deutsch', 'Englisch']]) {
      const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
      await pageIn(env, page, lang, '__rooms.json', rooms, 'application/json');
      await page.locator('summary', { hasText: /^Filter/ }).click();
      const group = page.getByRole('group', { name: legend, exact: true });
      const chips = (await group.getByRole('button').allTextContents()).map((t) => t.trim());
      assert.deepEqual(chips, [`${german} (2)`, `${english} (5)`], lang);
      await group.getByRole('button', { name: new RegExp(`^${german}`) }).click();
      await page.waitForFunction(() => document.querySelectorAll('talk-board article').length === 2);
      const titles = await articles(page).locator('h3').allTextContents();
      assert.deepEqual(titles.map((t) => t.trim()), ['Securing Build Pipelines', 'Fuzz Clinic'], lang);
      assert.match(new URL(page.url()).hash, /language=de/);
    }
  });
});
