// Issue 16, items 3 and 4 (element side): "Subscribe to calendar" is the webcal: form of the
// calendar the page names (the demo's calendar="schedule.ics", which build-web.sh writes; read
// back with ical.js), per-session "Google Calendar" / "Outlook" links (web/src/calendar-links.js,
// loaded when a reader first opens a card's disclosure) carry the session's title and UTC span,
// and a session's recordings and slides are links on its card.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { browserSuite, hostPageFor, projectDir } from './harness.mjs';
import { DEMO, articleTitled, gotoAndWaitReady } from './board.mjs';

browserSuite('calendar links, recordings and slides', (env) => {
  env.test('Subscribe is the webcal: form of the page\'s schedule.ics, a calendar of every session', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const href = await page.getByRole('link', { name: 'Subscribe to calendar' }).getAttribute('href');
    assert.equal(href, `webcal:${env.url('schedule.ics').replace(/^http:/, '')}`);
    const response = await page.request.get(`http:${href.slice('webcal:'.length)}`);
    assert.equal(response.status(), 200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    assert.equal(events.length, DEMO.total);
    assert.deepEqual(events.map((e) => e.summary).sort(), DEMO.sessions.map(([title]) => title).sort());
    for (const event of events) {
      const [, utc] = DEMO.sessions.find(([title]) => title === event.summary);
      assert.equal(event.startDate.toJSDate().toISOString().replace('.000', ''), utc, event.summary);
    }
  });

  env.test('Google Calendar and Outlook links of a session, fetched when its disclosure opens', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.ok(!fetched.some((p) => p.endsWith('add-to-calendar.js')), 'not at load');
    const [title, utcStart] = DEMO.sessions[1];
    const card = articleTitled(page, title);
    await card.locator('summary').click();
    const google = card.getByRole('link', { name: `Add ${title} to Google Calendar` });
    await google.waitFor();
    assert.ok(fetched.some((p) => p.endsWith('add-to-calendar.js')));
    const params = (href) => Object.fromEntries(new URL(href).searchParams);
    const g = params(await google.getAttribute('href'));
    const compact = utcStart.replace(/[-:]/g, '');  // 20240319T085000Z
    assert.equal(g.action, 'TEMPLATE');
    assert.equal(g.text, title);
    assert.equal(g.dates, `${compact}/${compact.replace('T0850', 'T0915')}`);
    assert.match(g.details, /Joe Stringer \(Isovalent\)/);
    const outlook = params(await card.getByRole('link', { name: `Add ${title} to Outlook` }).getAttribute('href'));
    assert.equal(outlook.subject, title);
    assert.equal(outlook.startdt, utcStart);
    assert.equal(outlook.enddt, '2024-03-19T09:15:00Z');
  });

  env.test('recordings and slides are links on their session\'s card; no calendar attribute, no Subscribe', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const schedule = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json'), 'utf8');
    await page.route(env.url('__rooms.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: schedule }));
    await page.route(env.url('__rooms.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostPageFor('__rooms.json') }));
    await gotoAndWaitReady(page, env.url('__rooms.html'));
    const card = articleTitled(page, 'Securing Build Pipelines');
    assert.equal(await card.getByRole('link', { name: 'Recording: Securing Build Pipelines' }).getAttribute('href'),
      'https://media.ccc.de/v/roomcon2024-2-securing-build-pipelines');
    assert.equal(await card.getByRole('link', { name: 'Slides: Securing Build Pipelines' }).getAttribute('href'),
      'https://example.org/roomcon/talk/2/slides.pdf');
    assert.equal(await page.locator('.tb-resource').count(), 2, 'only that session has any');
    assert.equal(await page.getByRole('link', { name: 'Subscribe to calendar' }).count(), 0);
  });
});
