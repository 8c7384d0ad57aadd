// Issue 15, 1: progressive enhancement that keeps the post. A board wrapped around the post as the
// blog rendered it (or pointed at its talk list with `list`) replaces the talk list with the
// schedule and keeps the intro, images, video and closing text as written: no duplicate, no loss.
import assert from 'node:assert/strict';
import { browserSuite, hostPageWithBody } from './harness.mjs';
import { DEMO, articles, gotoAndWaitReady } from './board.mjs';

const TALKS = [['Alpha Talk', '09', 'https://example.org/a'], ['Beta Talk', '10', 'https://example.org/b'], ['Gamma Talk', '11', 'https://example.org/c']];
const MARKDOWN = [
  `---\ntitle: 'Wrapped'\ndate: '2024-01-18T12:00:00.000Z'\n---\n\nWelcome to our conference post.\n\n## Talks\n\n`,
  ...TALKS.map(([title, hour, url]) => `[${title} - Ann Lee, Acme](${url})\n\nTuesday, March 19, 2024, ${hour}:00 - ${hour}:25 CET\n\nAbout ${title}.\n\n`),
  '## See you there\n\nBring a friend.\n',
].join('');
// The same post as a blog renders it, with an image and a video in the intro.
const RENDERED_TALKS = TALKS.map(([title, hour, url]) =>
  `<p><a href="${url}">${title} - Ann Lee, Acme</a></p><p>Tuesday, March 19, 2024, ${hour}:00 - ${hour}:25 CET</p><p>About ${title}.</p>`).join('\n');
const INTRO = '<p id="intro">Welcome to our conference post.</p><img id="hero" alt="The venue" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="20"><video id="teaser" width="40" height="20"></video>';
const CLOSING = '<h2 id="closing">See you there</h2><p id="bye">Bring a friend.</p>';

async function hostPage(env, body) {
  const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
  await page.route(env.url('__enhance.md'), (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: MARKDOWN }));
  await page.route(env.url('__enhance.html'), (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: hostPageWithBody(body) }));
  await gotoAndWaitReady(page, env.url('__enhance.html'));
  return page;
}

// Where each piece sits in document order, and whether the post's own talk links are still there.
const pageShape = (page) => page.evaluate(() => {
  const order = (selector) => {
    const node = document.querySelector(selector);
    if (!node) return -1;
    return [...document.querySelectorAll('*')].indexOf(node);
  };
  return {
    intro: order('#intro'), hero: order('#hero'), teaser: order('#teaser'), closing: order('#closing'), bye: order('#bye'),
    search: order('input[type=search]'), firstArticle: order('article'), lastArticle: (() => {
      const all = [...document.querySelectorAll('article')];
      return all.length ? [...document.querySelectorAll('*')].indexOf(all[all.length - 1]) : -1;
    })(),
    // Talk links outside the schedule's cards: the post's own list, which must be gone.
    strayLinks: [...document.querySelectorAll('a[href^="https://example.org/"]')].filter((a) => !a.closest('article')).length,
    talkText: [...document.querySelectorAll('p')].filter((p) => !p.closest('article') && /Tuesday, March 19, 2024/.test(p.textContent)).length,
  };
});

function assertKept(shape) {
  for (const part of ['intro', 'hero', 'teaser', 'closing', 'bye']) assert.ok(shape[part] >= 0, `${part} is still on the page`);
  assert.ok(shape.intro < shape.search && shape.hero < shape.search && shape.teaser < shape.search, 'the intro, image and video come before the schedule');
  assert.ok(shape.lastArticle < shape.closing && shape.closing < shape.bye, 'the closing text comes after the schedule');
  assert.equal(shape.strayLinks, 0, 'the post\'s own talk list is gone (no duplicate)');
  assert.equal(shape.talkText, 0, 'no time line of the post\'s list is left');
}

browserSuite('progressive enhancement keeps the post', (env) => {
  env.test('a board wrapped around the rendered post replaces only the talk list', async () => {
    const page = await hostPage(env, `<talk-board src="__enhance.md">${INTRO}\n<h2>Talks</h2>\n${RENDERED_TALKS}\n${CLOSING}</talk-board>`);
    assert.equal(await articles(page).count(), 3);
    assertKept(await pageShape(page));
    assert.equal(await page.locator('h2', { hasText: /^Talks$/ }).count(), 0, 'the talk list\'s own heading went with it');
    assert.equal(await page.locator('#hero').isVisible(), true);
    assert.deepEqual(page.errors.map(String), []);
  });

  env.test('list="SELECTOR" names the talk list (outside the board too)', async () => {
    const body = `${INTRO}<section id="talks">${RENDERED_TALKS}</section><talk-board src="__enhance.md" list="#talks"></talk-board>${CLOSING}`;
    const page = await hostPage(env, body);
    assert.equal(await articles(page).count(), 3);
    assert.equal(await page.locator('#talks').count(), 0, 'the named list is removed');
    assertKept(await pageShape(page));
  });

  env.test('a talk also linked from the intro leaves the intro in place', async () => {
    const intro = `<p id="intro">Welcome! Do not miss <a href="${TALKS[1][2]}">the Beta talk</a>.</p>`;
    const page = await hostPage(env, `<talk-board src="__enhance.md">${intro}\n<h2>Talks</h2>\n${RENDERED_TALKS}\n${CLOSING}</talk-board>`);
    assert.equal(await page.locator('#intro').count(), 1, 'the intro stays');
    assert.equal(await page.locator('#intro a').count(), 1, 'with its link');
    const shape = await pageShape(page);
    assert.ok(shape.intro < shape.search && shape.lastArticle < shape.closing);
    assert.equal(shape.talkText, 0, 'the talk list is gone');
  });

  env.test('talks that are some items of a list: the other items stay, the schedule goes before the list', async () => {
    const items = TALKS.map(([title, hour, url]) => `<li><a href="${url}">${title} - Ann Lee, Acme</a>, Tuesday, March 19, 2024, ${hour}:00 - ${hour}:25 CET</li>`).join('');
    const page = await hostPage(env, `<talk-board src="__enhance.md"><p id="intro">Welcome.</p><ul id="list">${items}<li id="other">Coffee all day in the hall.</li></ul>${CLOSING}</talk-board>`);
    assert.equal(await articles(page).count(), 3);
    assert.equal(await page.locator('#other').count(), 1, 'the list item that is no talk stays');
    assert.equal(await page.locator('#list li').count(), 1, 'the talk items are gone');
    assert.equal(await page.locator('#list .tb').count(), 0, 'the schedule is not inside the list');
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return { search: all.indexOf(document.querySelector('input[type=search]')), list: all.indexOf(document.querySelector('#list')) };
    });
    assert.ok(order.search < order.list, 'the schedule comes before the list');
  });

  env.test('the demo page: intro and closing as written, the talk list replaced, no duplicate', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    assert.equal(await articles(page).count(), DEMO.total);
    const shape = await page.evaluate(() => {
      const index = (node) => [...document.querySelectorAll('*')].indexOf(node);
      const intro = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('This sample post gathers'));
      const closing = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'See you in Paris');
      const articles = [...document.querySelectorAll('article')];
      return {
        intro: intro ? index(intro) : -1, closing: closing ? index(closing) : -1,
        search: index(document.querySelector('input[type=search]')), last: index(articles[articles.length - 1]),
        stray: [...document.querySelectorAll('a[href*="sched.com"]')].filter((a) => !a.closest('article')).length,
      };
    });
    assert.ok(shape.intro >= 0 && shape.intro < shape.search, 'the intro stays, before the schedule');
    assert.ok(shape.closing > shape.last, 'the closing section stays, after the schedule');
    assert.equal(shape.stray, 0, 'each talk shows once');
  });

  env.test('without JavaScript the demo reads as the post: intro, every talk, closing', async () => {
    const { page } = await env.newPage({ context: { javaScriptEnabled: false } });
    await page.goto(env.url('index.html'));
    const text = await page.locator('main').innerText();
    assert.match(text, /This sample post gathers/);
    assert.match(text, /See you in Paris/);
    for (const [title] of DEMO.sessions) assert.ok(text.includes(title), `"${title}" is readable without JS`);
  });

  env.test('a post the core cannot read stays as written, with a neutral note; the detail goes to the console', async () => {
    // Issue 12, 5: the board wraps a rendered post whose source lists no talk.
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await page.route(env.url('__prose.md'), (route) => route.fulfill({
      status: 200, contentType: 'text/markdown', body: "---\ntitle: 'Prose'\n---\n\nJust a story about our trip, no talks.\n" }));
    await page.route(env.url('__prose.html'), (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8',
      body: hostPageWithBody('<talk-board src="__prose.md"><p id="story">Just a story about our trip, no talks.</p></talk-board>') }));
    await page.goto(env.url('__prose.html'));
    const note = page.getByRole('status').filter({ hasText: 'The interactive schedule is not available for this post.' });
    await note.waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#story').innerText(), 'Just a story about our trip, no talks.', 'the post stays');
    assert.equal(await articles(page).count(), 0);
    assert.equal(await page.getByRole('alert').count(), 0, 'no alarm for readers');
    assert.ok(warnings.some((w) => /^talkboard: .*no sessions/.test(w)), `the author's detail in the console: ${warnings.join(' | ')}`);
    assert.deepEqual(page.errors.map(String), []);
  });
});
