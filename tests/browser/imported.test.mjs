// <talk-board src=...> fed with an imported schedule (tests/fixtures/interop/frab-rooms.json, a frab
// schedule.json in three rooms with tracks), served through page.route: Room and Track filter
// groups with facet counts, a room selected from the keyboard, and the hash restoring it. The demo
// post has neither rooms nor tracks, so it shows neither group.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserSuite, hostPageFor, projectDir } from './harness.mjs';
import {
  DEMO, articles, eventTotal, facetCount, gotoAndWaitReady, isOn, openFilters, reveal, waitForCount,
} from './board.mjs';

const fixture = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json'), 'utf8');
const TOTAL = 8;
const MAIN_HALL = ['Welcome to Room Con', 'Securing Build Pipelines', 'Lunch', 'Community Panel'];

// Serves the fixture and a host page for it (service workers must be blocked in that context, or
// they would bypass the route). Returns the host page URL.
async function routeSchedule(env, page) {
  const scheduleURL = env.url('__test-frab-rooms.json');
  const hostURL = env.url('__test-frab-rooms.html');
  await page.route(scheduleURL, (route) => route.fulfill({
    status: 200, contentType: 'application/json; charset=utf-8', body: fixture,
  }));
  await page.route(hostURL, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: hostPageFor('__test-frab-rooms.json'),
  }));
  return hostURL;
}

// The filter group named `legend` (a fieldset is a group named by its legend).
const group = (page, legend) => page.getByRole('group', { name: legend, exact: true });

// {label: count} of every chip in a group.
async function chipCounts(page, legend) {
  const out = {};
  for (const chip of await group(page, legend).getByRole('button').all()) {
    const label = (await chip.textContent()).replace(/\s*\(\d+\)\s*$/, '').trim();
    out[label] = await facetCount(chip);
  }
  return out;
}

const shownTitles = (page) => articles(page).evaluateAll((els) => els.map((el) => el.querySelector('h3').textContent.trim()));

browserSuite('imported schedules', (env) => {
  env.test('a frab schedule shows Room and Track filters with facet counts; a room filters and the hash keeps it', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const host = await routeSchedule(env, page);
    assert.equal(await gotoAndWaitReady(page, host), TOTAL, 'talkboard-ready count');
    await waitForCount(page, TOTAL);
    await reveal(group(page, 'Room').getByRole('button').first());

    assert.deepEqual(await chipCounts(page, 'Room'), { 'Main Hall': 4, 'Workshop Room': 2, 'Ström Saal': 2 });
    assert.deepEqual(await chipCounts(page, 'Track'), { Community: 2, Security: 3, Tooling: 1 });
    // Its sections are its tracks and rooms again: no third group repeating them.
    assert.equal(await group(page, 'Section').count(), 0, 'no Section group for an imported schedule');

    // Select "Main Hall" from the keyboard.
    const mainHall = group(page, 'Room').getByRole('button', { name: /^Main Hall/ });
    assert.equal(await isOn(mainHall), false);
    const before = await eventTotal(page);
    await mainHall.focus();
    await page.keyboard.press('Enter');
    await waitForCount(page, MAIN_HALL.length, { after: before });
    assert.deepEqual(await shownTitles(page), MAIN_HALL);
    assert.equal(await isOn(group(page, 'Room').getByRole('button', { name: /^Main Hall/ })), true);
    // The other groups count given the room; the room's own group does not change.
    assert.deepEqual(await chipCounts(page, 'Track'), { Community: 2, Security: 1, Tooling: 0 });
    assert.deepEqual(await chipCounts(page, 'Room'), { 'Main Hall': 4, 'Workshop Room': 2, 'Ström Saal': 2 });
    assert.equal(await group(page, 'Track').getByRole('button', { name: /^Tooling/ }).isDisabled(), true,
      'a value with no sessions left cannot be selected');

    // Add a track: AND across groups.
    const afterRoom = await eventTotal(page);
    await group(page, 'Track').getByRole('button', { name: /^Security/ }).press('Space');
    await waitForCount(page, 1, { after: afterRoom });
    assert.deepEqual(await shownTitles(page), ['Securing Build Pipelines']);

    const hash = new URLSearchParams((await page.evaluate(() => window.location.hash)).slice(1));
    assert.deepEqual(hash.getAll('room'), ['Main Hall'], `room in the hash: ${hash}`);
    assert.deepEqual(hash.getAll('track'), ['Security'], `track in the hash: ${hash}`);

    // A fresh page with that hash restores both.
    const { page: fresh } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await routeSchedule(env, fresh);
    assert.equal(await gotoAndWaitReady(fresh, `${host}#${hash}`), 1, 'talkboard-ready count with the hash');
    assert.deepEqual(await shownTitles(fresh), ['Securing Build Pipelines']);
    await openFilters(fresh);
    assert.equal(await isOn(group(fresh, 'Room').getByRole('button', { name: /^Main Hall/ })), true);
    assert.equal(await isOn(group(fresh, 'Track').getByRole('button', { name: /^Security/ })), true);

    // A room spelled another way in the hash is the same room (the core folds it).
    const { page: folded } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await routeSchedule(env, folded);
    assert.equal(await gotoAndWaitReady(folded, `${host}#room=strom+saal`), 2);
    assert.deepEqual(await shownTitles(folded), ['Fuzzing Everything', 'Fuzz Clinic']);
    assert.deepEqual(folded.errors.concat(fresh.errors, page.errors), [], 'no page errors');
  });

  env.test('the demo post has no rooms or tracks: no Room or Track group', async () => {
    const { page } = await env.newPage();
    assert.equal(await gotoAndWaitReady(page, env.url('index.html')), DEMO.total);
    await reveal(group(page, 'Day').getByRole('button').first());
    assert.equal(await group(page, 'Day').count(), 1, 'the filter groups are there');
    assert.equal(await group(page, 'Section').count(), 1, 'a post keeps its Section group');
    assert.equal(await group(page, 'Room').count(), 0, 'no Room group');
    assert.equal(await group(page, 'Track').count(), 0, 'no Track group');
  });
});
