// Issue 16, item 2: the speakers view on the demo post. Fetched only when the reader opens it, in
// the URL; each speaker of the matches once, with their organization and sessions; a search
// narrows it; a session opens in the list; a card's speaker name leads to the speaker; axe clean.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import { DEMO, articleTitled, assertAxeClean, gotoAndWaitReady, search } from './board.mjs';

const SPEAKERS = 22;  // distinct speakers of the demo post (talkboard parse)
const people = (page) => page.getByRole('list', { name: 'Speakers' }).locator(':scope > li');
const person = (page, name) => people(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
const plain = (texts) => texts.map((t) => t.replace(/[\u2068\u2069]/g, '').trim());

async function showSpeakers(page) {
  await page.getByRole('button', { name: 'Speakers', exact: true }).click();
  await page.getByRole('list', { name: 'Speakers' }).waitFor();
}

browserSuite('speakers view', (env) => {
  env.test('on demand, in the URL: every speaker once, with org and sessions; search narrows it', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.ok(!fetched.some((p) => p.endsWith('speakers-view.js')));
    await showSpeakers(page);
    assert.ok(fetched.some((p) => p.endsWith('speakers-view.js')));
    assert.match(new URL(page.url()).hash, /(^#|&)view=speakers(&|$)/);
    assert.equal(await people(page).count(), SPEAKERS);
    const names = plain(await people(page).locator('h3').allTextContents());
    assert.equal(new Set(names).size, SPEAKERS, 'each speaker once');
    const laurent = person(page, 'Laurent Bernaille');
    assert.deepEqual(plain(await laurent.locator('.tb-sp-org').allTextContents()), ['Datadog']);
    assert.deepEqual(plain(await laurent.getByRole('button').allTextContents()), [DEMO.sessions[0][0], DEMO.sessions[12][0]]);
    assert.equal(await page.getByRole('article').count(), 0, 'the list is not shown');

    await search(page, 'tetragon');
    await page.waitForFunction(() => document.querySelectorAll('.tb-sp-person').length < 22);
    const narrowed = plain(await people(page).locator('h3').allTextContents());
    assert.ok(narrowed.includes('Kyle Quest') && !narrowed.includes('Laurent Bernaille'), narrowed.join(', '));
  });

  env.test('a session opens in the list; a speaker name on a card leads to the speaker', async () => {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    // From a card: the name is a link to the speaker.
    const card = articleTitled(page, DEMO.sessions[1][0]);
    await card.getByRole('link', { name: 'Joe Stringer' }).click();
    await page.getByRole('list', { name: 'Speakers' }).waitFor();
    await page.waitForFunction(() => document.activeElement && document.activeElement.textContent.includes('Joe Stringer'));
    assert.match(new URL(page.url()).hash, /view=speakers/);
    // And back to a session: its card in the list, focused.
    await person(page, 'Joe Stringer').getByRole('button', { name: DEMO.sessions[1][0] }).click();
    await articleTitled(page, DEMO.sessions[1][0]).waitFor();
    await page.waitForFunction((title) => document.activeElement && document.activeElement.closest('article')
      && document.activeElement.closest('article').textContent.includes(title), DEMO.sessions[1][0]);
    assert.ok(!/view=/.test(new URL(page.url()).hash));
  });

  env.test('axe: no serious or critical violations in the speakers view (desktop, phone)', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
      const { page } = await env.newPage({ context: { serviceWorkers: 'block', viewport } });
      await gotoAndWaitReady(page, env.url('index.html'));
      await showSpeakers(page);
      await assertAxeClean(page, `speakers, ${viewport.width}x${viewport.height}`);
    }
  });
});
