// The demo page (build/web/index.html, the 14-session KubeCon EU 2024 post): loading, the ready
// event, search with highlighting, every filter kind with its facet counts, the deep link, a
// keyboard-only path with visible focus, and axe-core.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import {
  DEMO, articleTitled, articles, assertAxeClean, facetCount, favouriteToggle, filterControl, gotoAndWaitReady,
  isOn, lastEventCount, reveal, search, searchbox, toggleFilter, waitForCount, waitForLiveCount,
} from './board.mjs';

browserSuite('demo page', (env) => {
  env.test('shows the 14 sessions as articles, and the live region says 14', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await waitForLiveCount(page, DEMO.total);
    assert.equal(await articles(page).count(), DEMO.total);
    // Each article's heading is its title, and it shows a start and end time.
    for (const [title] of DEMO.sessions) {
      const article = articleTitled(page, title);
      assert.equal(await article.count(), 1, `one article headed "${title}"`);
    }
    const speedrun = await articleTitled(page, 'Speedrun Through Splicing Sockets with Sockmap').innerText();
    assert.match(speedrun, /16[:.]25|4[:.]25\s*PM/i, 'start time shown');
    assert.match(speedrun, /16[:.]50|4[:.]50\s*PM/i, 'end time shown');
    assert.deepEqual(page.errors, [], 'no uncaught page errors');
  });

  env.test('fires talkboard-ready once with detail.count, talkboard-render carries the count', async () => {
    const { page } = await env.newPage();
    const count = await gotoAndWaitReady(page, env.url('index.html'));
    assert.equal(count, DEMO.total);
    const events = await page.evaluate(() => window.__tbEvents);
    assert.equal(events.ready.length, 1, 'talkboard-ready fires once');
    assert.equal(events.ready[0].target, 'talk-board', 'dispatched on <talk-board>');
    await search(page, 'sockmap', 1);
    const after = await page.evaluate(() => window.__tbEvents);
    assert.equal(after.ready.length, 1, 'a later render does not fire talkboard-ready again');
    assert.ok(after.render.length >= 1, 'talkboard-render after the search');
  });

  env.test('search ignores case, narrows the list and highlights the match with <mark>', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    // A word from a title, in the wrong case.
    await search(page, 'SOCKMAP', 1);
    assert.equal(await articles(page).count(), 1);
    const article = articleTitled(page, 'Speedrun Through Splicing Sockets with Sockmap');
    const marks = await article.locator('mark').allTextContents();
    assert.ok(marks.some((m) => m.toLowerCase() === 'sockmap'), `a <mark> holds the match, marks: ${JSON.stringify(marks)}`);
    // A speaker's name in lower case.
    await search(page, 'maartje eyskens', 1);
    const marks2 = await articles(page).first().locator('mark').allTextContents();
    assert.ok(marks2.some((m) => /Maartje|Eyskens/.test(m)), `speaker match highlighted, marks: ${JSON.stringify(marks2)}`);
    // A term in many sessions; clearing restores all.
    await search(page, 'datadog', 4);
    await search(page, '', DEMO.total);
    assert.equal(await page.locator('mark').count(), 0, 'no highlight without a search');
  });

  // Each filter kind, with the facet count shown before the click equal to the result after it,
  // and facets of the other dimensions recomputed given the active filter.
  const facets = [
    { kind: 'day', name: /Tue/i, expected: 13 },
    { kind: 'kind', name: /Lightning/i, expected: 4 },
    { kind: 'section', name: /Maintainer Track/i, expected: 1 },
    { kind: 'speaker', name: /Bill Mulligan/i, expected: 2 },
    { kind: 'org', name: /Datadog/i, expected: 4 },
  ];
  env.test('each filter kind (day, kind, section, speaker, org) narrows the list; facet count = result', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    for (const facet of facets) {
      const what = `${facet.kind} filter ${facet.name}`;
      const control = await filterControl(page, facet.name);
      await reveal(control);
      assert.equal(await isOn(control), false, `${what} starts off`);
      assert.equal(await facetCount(control), facet.expected, `${what}: facet count shown`);
      await toggleFilter(page, control, facet.expected);
      assert.equal(await articles(page).count(), facet.expected, `${what}: articles`);
      assert.equal(await isOn(control), true, `${what}: the control shows it is on (checked / aria-pressed)`);
      await toggleFilter(page, control, DEMO.total);
      assert.equal(await isOn(control), false, `${what}: off again`);
    }
  });

  env.test('facet counts are given the other filters, and filters combine', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await toggleFilter(page, await filterControl(page, /Lightning/i), 4);
    // Among lightning talks only one is from Datadog (Anton Ippolitov).
    const datadog = await filterControl(page, /Datadog/i);
    await reveal(datadog);
    assert.equal(await facetCount(datadog), 1, 'Datadog facet count given kind=lightning');
    await toggleFilter(page, datadog, 1);
    assert.equal(await articleTitled(page, 'Taming Noisy Network Neighbours with Cilium and eBPF').count(), 1);
  });

  env.test('deep link: the hash written after a search and a filter restores both in a fresh page', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    await search(page, 'cilium');
    await toggleFilter(page, await filterControl(page, /Lightning/i));
    await page.waitForFunction(() => location.hash.length > 1, null, { timeout: 5000 })
      .catch(() => assert.fail('the element did not write the search and filter state into location.hash'));
    const count = await lastEventCount(page);
    assert.ok(count > 0 && count < DEMO.total, `search + filter narrowed the list (${count})`);
    await waitForCount(page, count);
    const { hash } = new URL(page.url());

    const { page: fresh } = await env.newPage();
    const restored = await gotoAndWaitReady(fresh, env.url('index.html') + hash);
    assert.equal(restored, count, `talkboard-ready count for ${hash}`);
    await waitForCount(fresh, count);
    assert.equal(await searchbox(fresh).inputValue(), 'cilium');
    const control = await filterControl(fresh, /Lightning/i);
    await reveal(control);
    assert.equal(await isOn(control), true, 'the kind filter is on again');
  });

  env.test('keyboard only: Tab to search, type, Tab to a filter and toggle it, Tab to a favourite and press it; focus is visible', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));

    // Describe document.activeElement (through shadow roots) and its focus indicator.
    const focused = () => page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      let inArticle = false;
      for (let n = el; n; n = n.parentNode || n.host) if (n.localName === 'article') inArticle = true;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow && style.boxShadow !== 'none';
      return {
        tag: el.localName, type: el.type || null, role: el.getAttribute('role'),
        pressed: el.getAttribute('aria-pressed'), inArticle, visible: outline || shadow,
        text: `${el.getAttribute('aria-label') || ''} ${el.textContent || ''} ${el.labels ? [...el.labels].map((l) => l.textContent).join(' ') : ''}`,
        style: `${style.outlineStyle} ${style.outlineWidth} / ${style.boxShadow}`,
      };
    });
    const tabUntil = async (predicate, what) => {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (f && predicate(f)) return f;
      }
      assert.fail(`Tab never reached ${what}`);
    };
    const assertVisible = (f, what) => assert.ok(f.visible, `${what} has a visible focus indicator (outline or box-shadow), got ${f.style}`);

    const search = await tabUntil((f) => f.tag === 'input' && f.type === 'search' || f.role === 'searchbox', 'the searchbox');
    assertVisible(search, 'the searchbox');
    await page.keyboard.type('cilium');
    await page.waitForFunction(() => [...window.__tbEvents.render].some((e) => e.count < 14), null, { timeout: 5000 });
    const afterSearch = await lastEventCount(page);

    // The filters are one key away: Tab to the collapsed panel's summary and open it with Enter.
    const panel = await tabUntil((f) => f.tag === 'summary' && /filter/i.test(f.text), 'the filter panel');
    assertVisible(panel, 'the filter panel\'s summary');
    await page.keyboard.press('Enter');

    // The kind filter "Lightning Talk" (a checkbox, or a toggle button outside the articles).
    const filter = await tabUntil((f) => !f.inArticle && /Lightning/i.test(f.text)
      && (f.type === 'checkbox' || f.tag === 'button' || f.role === 'checkbox' || f.role === 'button'), 'the Lightning Talk filter');
    assertVisible(filter, 'the filter control');
    await page.keyboard.press(filter.type === 'checkbox' ? 'Space' : 'Enter');
    await page.waitForFunction((n) => {
      const all = [...window.__tbEvents.ready, ...window.__tbEvents.render].sort((a, b) => a.at - b.at);
      return all[all.length - 1].count !== n;
    }, afterSearch, { timeout: 5000 }).catch(() => {});
    const afterFilter = await lastEventCount(page);
    assert.ok(afterFilter < afterSearch, `the key press applied the filter (${afterSearch} -> ${afterFilter})`);
    assert.equal(await isOn(await filterControl(page, /Lightning/i)), true, 'the Lightning Talk filter is on');
    const refocused = await focused();
    assert.ok(refocused && /Lightning/i.test(refocused.text), 'focus stays on the filter after the re-render');

    const fav = await tabUntil((f) => f.inArticle && f.pressed !== null, 'a favourite toggle');
    assertVisible(fav, 'the favourite toggle');
    assert.equal(fav.pressed, 'false');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      return el && el.getAttribute('aria-pressed') === 'true';
    }, null, { timeout: 5000 }).catch(() => {});
    // The toggle that was pressed is now aria-pressed=true (focus may stay on it or on a re-render of it).
    const pressed = await page.locator('article [aria-pressed="true"]').count();
    assert.ok(pressed >= 1, 'Enter on the focused favourite toggle set aria-pressed=true');
  });

  env.test('"Show my time" switches session times to the reader\'s time zone', async () => {
    // The reader is in New York (EDT, UTC-4 on 19 March 2024); the event is in Paris (CET, UTC+1).
    const { page } = await env.newPage({ context: { timezoneId: 'America/New_York', locale: 'en-GB' } });
    await gotoAndWaitReady(page, env.url('index.html'));
    const speedrun = articleTitled(page, 'Speedrun Through Splicing Sockets with Sockmap');
    assert.match(await speedrun.innerText(), /16:25/, 'event time first (15:25 UTC = 16:25 CET)');
    const control = page.getByRole('button', { name: /my time|time zone/i })
      .or(page.getByRole('checkbox', { name: /my time|time zone/i })).first();
    await toggleFilter(page, control);
    assert.match(await speedrun.innerText(), /11:25/, 'reader time: 15:25 UTC = 11:25 EDT');
    assert.doesNotMatch(await speedrun.innerText(), /16:25/);
  });

  env.test('axe-core finds no serious or critical violations (initial, searched, filtered)', async () => {
    const { page } = await env.newPage();
    await gotoAndWaitReady(page, env.url('index.html'));
    const check = (state) => assertAxeClean(page, state);
    await check('initial');
    await search(page, 'ebpf');
    await toggleFilter(page, await filterControl(page, /Tue/i));
    await favouriteToggle(articles(page).first()).click();
    await check('searched, filtered, one favourite');
    await search(page, 'no such talk anywhere', 0);
    await check('empty result');
  });
});
