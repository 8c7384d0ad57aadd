// <talk-board src=...> fed with posts generated here and served through page.route: a 10,000-session
// post (load time, filtering, windowed rendering), hostile text that must stay text, and search that
// folds case and accents.
import assert from 'node:assert/strict';
import { browserSuite, hostPageWithBody, routePost } from './harness.mjs';
import {
  articles, articleTitled, facetCount, filterControl, gotoAndWaitReady, reveal, search,
  toggleFilter, waitForCount,
} from './board.mjs';

const frontmatter = (title) => `---\ntitle: '${title}'\ndate: '2024-01-18T12:00:00.000Z'\npath: '/blog/generated'\n---\n\n`;

// A post in the real format: sections as headings, talk links `[Title - Speaker, Org](url)`, a time
// line, an abstract. Sessions go round-robin over four days (Mon 18 - Thu 21 March 2024, CET) and ten
// sections; every title carries a unique token T<5 digits>Z.
const DAYS = ['Monday, March 18, 2024', 'Tuesday, March 19, 2024', 'Wednesday, March 20, 2024', 'Thursday, March 21, 2024'];
const FIRST = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tamar'];
const LAST = ['Abbott', 'Berger', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jansen', 'Kowalski', 'Laine', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Silva', 'Tanaka'];
const ORGS = ['Acme Labs', 'Blue Harbor', 'Cobalt Systems', 'Driftwood', 'Ember Cloud', 'Foxglove', 'Granite IO'];
const person = (n) => `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
const TOPICS = ['eBPF', 'service mesh', 'observability', 'networking', 'security', 'storage', 'scheduling', 'GitOps'];
function generatePost(total) {
  const perSection = total / 10;
  const lines = [frontmatter('Generated mega conference')];
  lines.push('A generated post for the browser tests. All times are CET.\n\n');
  for (let i = 0; i < total; i++) {
    if (i % perSection === 0) lines.push(`## Track ${i / perSection + 1}\n\n`);
    const token = `T${String(i).padStart(5, '0')}Z`;
    const minutes = 8 * 60 + (i % 120) * 5;
    const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const topic = TOPICS[i % TOPICS.length];
    lines.push(`[Talk ${token} on ${topic} - ${person(i % 400)}, ${ORGS[i % ORGS.length]} & ${person((i * 7 + 3) % 400)}, ${ORGS[(i + 3) % ORGS.length]}](https://conf.example.org/s/${i})\n\n`);
    lines.push(`${DAYS[i % 4]}, ${hhmm(minutes)} - ${hhmm(minutes + 25)} CET\n\n`);
    lines.push(`Session ${i} covers ${topic} in practice, with lessons from production and a demo.\n\n`);
  }
  return lines.join('');
}

browserSuite('generated posts', (env) => {
  env.test('a 10,000-session post loads in bounded time, filters correctly and renders windowed', { timeout: 90_000 }, async () => {
    const total = 10_000;
    const markdown = generatePost(total);
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const host = await routePost(env, page, 'big', markdown);
    const started = Date.now();
    const count = await gotoAndWaitReady(page, host, 30_000);
    const loadMs = Date.now() - started;
    assert.equal(count, total, 'talkboard-ready detail.count');
    assert.ok(loadMs < 15_000, `ready within 15 s (took ${loadMs} ms)`);
    await waitForCount(page, total);

    const inDom = await articles(page).count();
    assert.ok(inDom > 0 && inDom <= 1000, `windowed rendering: ${inDom} article elements for ${total} sessions`);
    // Scrolling on brings later sessions in (the rest is reachable), still far from all 10,000.
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(150);
    }
    const afterScroll = await articles(page).count();
    assert.ok(afterScroll > inDom, `scrolling renders more sessions (${inDom} -> ${afterScroll})`);
    assert.ok(afterScroll <= 2000, `scrolling a little does not render everything (${afterScroll})`);
    await page.evaluate(() => window.scrollTo(0, 0));

    // A unique title token, searched in lower case.
    const t0 = Date.now();
    await search(page, 't04242z', 1);
    const searchMs = Date.now() - t0;
    assert.equal(await articles(page).count(), 1);
    assert.equal(await articleTitled(page, 'Talk T04242Z on observability').count(), 1);
    assert.ok(searchMs < 5000, `search answered within 5 s (took ${searchMs} ms)`);

    // Back to all, then a day filter: a quarter of the sessions, as its facet count says.
    await search(page, '', total);
    const wednesday = await filterControl(page, /Wed/i);
    await reveal(wednesday);
    assert.equal(await facetCount(wednesday), total / 4, 'Wednesday facet count');
    await toggleFilter(page, wednesday, total / 4);
    assert.ok(await articles(page).count() <= 1000, 'still windowed after filtering');
    // Day + search combine: "ebpf" is the topic of every 8th session, i % 8 == 0 are all on i % 4 == 0
    // days (Monday), so none on Wednesday; "observability" (i % 8 == 2) is on Wednesday: 1250.
    await search(page, 'observability', total / 8);
    assert.deepEqual(page.errors.map(String), []);
  });

  env.test('text from the post never executes: tags render as text, no javascript: links', async () => {
    const hostile = [
      frontmatter('Hostile <script>window.__pwned=11</script>'),
      '## <script>window.__pwned=5</script>Main <img src=x onerror=window.__pwned=6>\n\n',
      '[<img src=x onerror=window.__pwned=1> Evil <script>window.__pwned=2</script> talk - Mallory <img src=x onerror=window.__pwned=3>, Evil <b>Org</b>](javascript:window.__pwned=4)\n\n',
      'Tuesday, March 19, 2024, 09:00 - 09:10 CET\n\n',
      'Abstract with <script>window.__pwned=7</script> and <img src=x onerror=window.__pwned=8> and a [link](javascript:window.__pwned=9) and `<img src=x onerror=window.__pwned=10>`.\n\n',
      '[Plain talk - Eve <svg onload=window.__pwned=12>, Org](JaVaScRiPt:window.__pwned=13)\n\n',
      'Tuesday, March 19, 2024, 10:00 - 10:10 CET\n\n',
      'Second abstract <iframe src="javascript:window.top.__pwned=14"></iframe>.\n\n',
      '[Safe talk - Ann Lee, Acme](https://example.org/safe)\n\n',
      'Tuesday, March 19, 2024, 11:00 - 11:10 CET\n\n',
      'Fine.\n',
    ].join('');
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const host = await routePost(env, page, 'hostile', hostile);
    const count = await gotoAndWaitReady(page, host);
    assert.equal(count, 3);
    // Open every details so that abstracts are in the rendered DOM too, and search (highlight path).
    await page.locator('details:not([open]) > summary').evaluateAll((els) => els.forEach((s) => s.click()));
    await search(page, 'onerror');
    await search(page, '', 3);

    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected script ran');
    const found = await page.evaluate(() => {
      const all = [];
      (function walk(root) {
        for (const el of root.querySelectorAll('*')) { all.push(el); if (el.shadowRoot) walk(el.shadowRoot); }
      })(document);
      const board = all.filter((el) => el.closest('talk-board'));
      return {
        jsLinks: all.filter((el) => el.localName === 'a' && el.href && el.protocol === 'javascript:').map((a) => a.outerHTML),
        imgs: board.filter((el) => ['img', 'script', 'svg', 'iframe', 'b'].includes(el.localName)).map((e) => e.outerHTML.slice(0, 80)),
        handlers: board.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML.slice(0, 80)),
        text: document.querySelector('talk-board').textContent,
      };
    });
    assert.deepEqual(found.jsLinks, [], 'no anchor with a javascript: href');
    assert.deepEqual(found.imgs, [], 'no element created from post markup inside <talk-board>');
    assert.deepEqual(found.handlers, [], 'no inline event handler attributes');
    assert.match(found.text, /<img src=x onerror=window\.__pwned=1>/, 'the title markup is shown as text');
    assert.match(found.text, /<img src=x onerror=window\.__pwned=8>/, 'the abstract markup is shown as text');
    const headings = await articles(page).evaluateAll((els) => els.map((a) => a.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]')?.textContent));
    assert.ok(headings.some((h) => h && h.includes('<img src=x onerror=window.__pwned=1>')), `heading text: ${JSON.stringify(headings)}`);
    assert.deepEqual(page.errors.map(String), []);
  });

  env.test('search folds case and accents and highlights the original text', async () => {
    const post = [
      frontmatter('Accents'),
      '## Talks\n\n',
      '[Kernel Tricks - José Núñez, Ünïcode Systems](https://example.org/a)\n\n',
      'Tuesday, March 19, 2024, 09:00 - 09:25 CET\n\n',
      'Notes on the kernel.\n\n',
      '[Przegląd eBPF - Zofia Kapuścińska, Łódź Labs](https://example.org/b)\n\n',
      'Tuesday, March 19, 2024, 09:30 - 09:55 CET\n\n',
      'A tour of the verifier.\n\n',
      '[Plain Talk - John Smith, Acme](https://example.org/c)\n\n',
      'Wednesday, March 20, 2024, 10:00 - 10:25 CET\n\n',
      'Nothing special. Café au lait is served.\n',
    ].join('');
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const host = await routePost(env, page, 'accents', post);
    assert.equal(await gotoAndWaitReady(page, host), 3);
    const cases = [
      ['NUNEZ', 'Kernel Tricks', /Núñez/],
      ['kapuscinska', 'Przegląd eBPF', /Kapuścińska/],
      ['LODZ', 'Przegląd eBPF', /Łódź/],
      ['przeglad', 'Przegląd eBPF', /Przegląd/],
      ['cafe', 'Plain Talk', /Café/],
    ];
    for (const [query, title, mark] of cases) {
      await search(page, query, 1);
      const article = articleTitled(page, title);
      assert.equal(await article.count(), 1, `"${query}" finds ${title}`);
      const marks = await article.locator('mark').allTextContents();
      assert.ok(marks.some((m) => mark.test(m)), `"${query}": a <mark> holds ${mark}, marks: ${JSON.stringify(marks)}`);
    }
  });

  env.test('inline markdown, inline JSON envelope and a post without sessions, side by side on one page', async () => {
    const markdown = [
      frontmatter('Inline'), '## Talks\n\n',
      '[First - Ann Lee, Acme](https://example.org/1)\n\nTuesday, March 19, 2024, 09:00 - 09:25 CET\n\nOne.\n\n',
      '[Second - Bo Chen, Acme](https://example.org/2)\n\nTuesday, March 19, 2024, 10:00 - 10:25 CET\n\nTwo.\n',
    ].join('');
    const envelope = JSON.stringify({
      frontmatter: { title: 'Envelope', date: '2024-01-18T12:00:00.000Z' },
      rawMarkdownBody: '[Only - Cy Dee, Initech](https://example.org/3)\n\nWednesday, March 20, 2024, 09:00 - 09:25 CET\n\nThree.\n',
    });
    // </script> cannot occur in these texts, so they can sit in script elements as they are.
    const body = `
      <h1>Three boards</h1>
      <talk-board id="md"><script type="text/markdown">${markdown}</script></talk-board>
      <talk-board id="json"><script type="application/json">${envelope}</script></talk-board>
      <talk-board id="empty" src="__test-empty.md"></talk-board>`;
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    await page.route(env.url('__test-empty.md'), (route) => route.fulfill({
      status: 200, contentType: 'text/markdown', body: `${frontmatter('Nothing')}Just prose, no talks here.\n` }));
    await page.route(env.url('__test-inline.html'), (route) => route.fulfill({
      status: 200, contentType: 'text/html; charset=utf-8', body: hostPageWithBody(body) }));
    await page.goto(env.url('__test-inline.html'));
    await page.waitForFunction(() => window.__tbEvents.ready.length >= 2, null, { timeout: 20_000 });
    const ready = await page.evaluate(() => Object.fromEntries(window.__tbEvents.ready.map((e) => [e.id, e.count])));
    assert.deepEqual(ready, { md: 2, json: 1 }, 'each board fires its own talkboard-ready');
    assert.equal(await page.locator('#md').getByRole('article').count(), 2);
    assert.equal(await page.locator('#json').getByRole('article').count(), 1);
    assert.equal(await page.locator('#json').getByRole('article').getByRole('heading', { name: 'Only' }).count(), 1);
    // The post without sessions: a neutral note for readers, the detail for its author in a
    // talkboard-error event, not a crash and not a silent blank.
    await page.locator('#empty').getByRole('status').filter({ hasText: 'not available' }).waitFor({ timeout: 10_000 })
      .catch(() => assert.fail('the post without sessions shows no note'));
    const errors = await page.evaluate(() => window.__tbEvents.error);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].id, 'empty');
    assert.match(errors[0].message, /no sessions/);
    // The boards are independent: searching one leaves the other alone.
    await page.locator('#md').getByRole('searchbox', { name: 'Search' }).fill('second');
    await page.waitForFunction(() => window.__tbEvents.render.some((e) => e.id === 'md' && e.count === 1), null, { timeout: 10_000 });
    assert.equal(await page.locator('#json').getByRole('article').count(), 1);
    assert.deepEqual(page.errors.map(String), []);
  });
});
