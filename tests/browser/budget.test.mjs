// The widget's byte budget (issues 3 and 13: js + wasm + css at most 100 KB gzipped for a post
// page, 140 KB for a JSON schedule page), checked two ways:
//   - on disk: each file gzipped on its own at level 9, as a server would send it;
//   - in Chromium: the files a page really fetches, so a post page that pulled in the JSON core
//     (or anything else) would be caught.
// A post page loads the markdown core (talkboard_core.*). The full core (talkboard_core_full.*,
// with simdjson for frab/pretalx/envelope JSON) is loaded only for JSON input, within a budget of
// its own. Both count the page's worker (core-worker.js): the page fetches it at once. The service
// worker and its registration are not part of the widget.
//
// NOT MET: the general reader (issue 12) took the markdown core's wasm from 77.7 to 115.9 KB
// gzipped; two rounds of size work took 13.9 KB off, and the post page is 134,753 bytes (JSON page
// 173,891), still over the issue's 100 KB / 140 KB (docs/PERFORMANCE.md, issue 13). Until the
// reader's bytes come down, the assertions hold the bytes as measured then, with 4 KB of room for
// small changes, so that they cannot grow unnoticed; every run reports the distance to the budget.
// Lower these ceilings as bytes come off; the goal stays BUDGET_BYTES / FULL_BUDGET_BYTES.
//
// Moved up by what issue 16's views measured (scripts/build-web.sh, main at 135,854 / 174,934
// before them): the core's timetable, speakers, session resources and language dimension
// +3,023 / +3,376 bytes (the wasm: the view of an answer is computed by the core); the element's
// view switch, URL state and worker protocol +523 / +523; the speakers view's button and the
// speaker links on cards +123 / +123; Subscribe, recordings and slides on cards and the cards'
// calendar disclosure +325 / +325; jump to now and the list's "Now" mark +357 / +357; the UI's
// words in one table, days and languages through Intl, the Language filter +924 / +924. What the
// element imports on demand (timetable-view.js 3,088 bytes gzip, speakers-view.js 1,930,
// add-to-calendar.js 1,392, ui-strings-de.js 1,493 on a German page) is not fetched until a
// reader opens it, so it is not counted here (the module graph follows static imports only).
// Then main's reader moved on (12 commits to c23f683): main alone is 143,587 / 183,433
// (build-web.sh), over its own ceilings of 138,849 / 177,987; with these views 145,938 / 186,517
// (+2,351 / +3,084 on that main).
//
// Moved up again, to the bytes as measured by this test at e57b94e (157,511 / 197,842), with 2 KB of
// room: the reader's new layouts of that day (other languages' headers and names, recap mentions,
// day ranges, zones stated in notes, ...; about 12.6 KB gzip of wasm in all, measured between
// 8d9ac12 and 9bbf33e less the two parts below), the raw HTML reader (input/html_blocks.h, +3.5 KB)
// and the speed work's word tables and inlined helpers (+1.7 KB, build-web.sh at 9bbf33e and
// a994379). The budget is further away than before, not closer: issue 13 stays open on it.
//
// Then size work (branch size3) and main's reader moved in opposite directions: the remaining
// keyword arrays of the reader and the entity reader became text::WordLists and the extra wasm-opt
// pass assumes the low 1 KB of memory unused, as emcc's own pass does (1,955 bytes of the markdown
// core's gzip, 1,987 of the full core's, measured on main at 3ac76b0), while main's reader commits
// since 725ab1b added 7,178 / 7,955 bytes (build-web.sh: 156,117 / 196,434 at 725ab1b, 163,295 /
// 204,389 at 3ac76b0, 161,340 / 202,402 with the size work). The ceilings are the bytes this test
// measured with both (162,493 / 202,935) plus 2 KB; docs/PERFORMANCE.md ("Size") has the table.
//
// Moved up once more on 2026-12-07 (evening), to the bytes this test measured at the merge of that
// day's work (173,217 / 214,165) plus 2 KB: the reader's new layouts (talk tables with Event/Title,
// slides and sorting columns, meeting archives, Hugo JSON frontmatter, zones stated once, HTML
// <details> cells, prose speakers; about 6.6 KB of the markdown core's gzip), what showing a big
// post's head first costs (720: the element 326, the worker 201, the core's load of a head 190) and
// the parse-speed round's word-list search and byte scans (+1.7 KB, cause not pinned to one
// commit). The budget is further away again: issue 13 stays open on it.
//
// Moved up again at the end of 2026-12-07's second session, to the bytes this test measured at its
// merge (184,734 / 224,953) plus 2 KB: the markdown core's wasm went from 145,864 to 157,381 bytes
// gzipped. The parse-speed rounds 4 and 5 account for about 1.7 KB of that (their own measures:
// +1,508 and +177 on the post page); the rest, about 9.8 KB, is the reader's new rules of that
// session (accepted-talk lists with italic titles, talk headings' sub-heading labels, summit
// agendas with nested and grouped items, two-zone tables, handles, Hugo ref links, inline HTML
// anchors, ...). The budget is further away again: issue 13 stays open on it.
//
// Moved up again at the end of 2026-12-07's third session, to the bytes this test measured at its
// merge (194,227 / 234,648) plus 2 KB: the markdown core's wasm went from 157,381 to 166,874 bytes
// gzipped. Parse-speed round 6 accounts for about 1.2 KB of that (its own measure: +1,246 on the
// post page by build-web.sh); the rest, about 8.3 KB, is the reader's new rules of that session
// (talk headings with their details, recordings and archives, announcement and meeting pages,
// details nested under a talk, zones in column heads and frontmatter aliases). The budget is further
// away again: issue 13 stays open on it.
//
// Moved up again at the end of 2026-12-08's session, to the bytes this test measured at its end
// (201,402 / 242,456) plus 2 KB: the markdown core's wasm went from 166,874 to 174,049 bytes
// gzipped. Parse-speed round 7 accounts for about 1.2 KB of that (its own measure: +1,226 on the
// post page by build-web.sh); the rest, about 5.9 KB, is the reader's new rules of that session
// (raw HTML read as one stream across blank lines, hidden elements, speakers-first columns, cards
// and headings that name people, meetup agendas of slides, plural speaker labels, talk lengths and
// capital by-lines, ...). The budget is further away again: issue 13 stays open on it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserSuite, hostPageFor, projectDir, webDir } from './harness.mjs';
import { elementModules } from '../../scripts/module-graph.mjs';
import { articles, gotoAndWaitReady } from './board.mjs';

const BUDGET_BYTES = 102_400;
// A JSON schedule page: 140 KB (issue 13), in the same kilobytes as the post page's 100.
const FULL_BUDGET_BYTES = 140 * 1024;
// The ceilings the tests hold until the budgets are met (see above).
const CEILING_BYTES = 201_402 + 2048;
const FULL_CEILING_BYTES = 242_456 + 2048;
// The modules talkboard.js imports (however the element is split) and the stylesheet.
const ELEMENT_FILES = existsSync(join(webDir, 'talkboard.js')) ? [...elementModules(webDir), 'talkboard.css'] : [];
const MARKDOWN_CORE = ['talkboard_core.js', 'talkboard_core.wasm'];
const FULL_CORE = ['talkboard_core_full.js', 'talkboard_core_full.wasm'];
const WIDGET_FILE = /\.(js|wasm|css)$/;

const gzipped = (name) => gzipSync(readFileSync(join(webDir, name)), { level: 9 }).length;

function sizeOf(names) {
  const lines = names.map((name) => {
    assert.ok(existsSync(join(webDir, name)), `${name} is part of the widget and must be in build/web`);
    return [name, gzipped(name)];
  });
  const total = lines.reduce((sum, [, bytes]) => sum + bytes, 0);
  return { total, summary: `${total} bytes: ${lines.map(([n, b]) => `${n} ${b}`).join(', ')}` };
}

browserSuite('byte budget', (env) => {
  env.test('a post page\'s widget files on disk stay under their ceiling (budget 100 KB: not met)', (t) => {
    const { total, summary } = sizeOf([...ELEMENT_FILES, ...MARKDOWN_CORE]);
    t.diagnostic(`post page: ${summary}; ${total - BUDGET_BYTES} bytes over the 100 KB budget`);
    assert.ok(total <= CEILING_BYTES, `over the ceiling of ${CEILING_BYTES} bytes by ${total - CEILING_BYTES}: ${summary}`);
  });

  env.test('a JSON schedule page\'s widget files on disk stay under their ceiling (budget 140 KB: not met)', (t) => {
    const { total, summary } = sizeOf([...ELEMENT_FILES, ...FULL_CORE]);
    t.diagnostic(`JSON schedule page: ${summary}; ${total - FULL_BUDGET_BYTES} bytes over the 140 KB budget`);
    assert.ok(total <= FULL_CEILING_BYTES, `over the ceiling of ${FULL_CEILING_BYTES} bytes by ${total - FULL_CEILING_BYTES}: ${summary}`);
  });

  // build-web.sh ships talkboard.css minified (scripts/minify-css.mjs): the page must look the same
  // as with the source stylesheet, in light and dark, wide and narrow. Every element's computed
  // style (and its ::before / ::after) on the demo page is compared, once with each stylesheet.
  env.test('the minified stylesheet styles the demo page exactly as the source does', async () => {
    const source = readFileSync(join(projectDir, 'web', 'talkboard.css'), 'utf8');
    assert.notEqual(readFileSync(join(webDir, 'talkboard.css'), 'utf8'), source, 'talkboard.css was not minified');
    const styles = async (useSource, options) => {
      const { page } = await env.newPage({ context: { serviceWorkers: 'block', ...options } });
      if (useSource) {
        await page.route(env.url('talkboard.css'), (route) => route.fulfill({ status: 200, contentType: 'text/css', body: source }));
      }
      await gotoAndWaitReady(page, env.url('index.html'));
      await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
      // An opened card's disclosure gets its calendar links once add-to-calendar.js has loaded;
      // every demo session has a date, so every card's does.
      await page.waitForFunction(() => document.querySelectorAll('.tb-add').length === document.querySelectorAll('.tb-details').length);
      return page.evaluate(() => [...document.querySelectorAll('*')].map((element) => {
        // A custom property's value is its token text (white space after a comma included); what
        // it styles is compared exactly, as the properties that use it.
        const value = (style, name) => (name.startsWith('--')
          ? style.getPropertyValue(name).replace(/\s*,\s*/g, ',') : style.getPropertyValue(name));
        const text = (style) => Array.from(style, (name) => `${name}:${value(style, name)}`).sort().join(';');
        return `${element.tagName}.${element.className}|${text(getComputedStyle(element))}|${text(getComputedStyle(element, '::before'))}|${text(getComputedStyle(element, '::after'))}`;
      }));
    };
    for (const options of [{}, { colorScheme: 'dark', viewport: { width: 390, height: 800 } }]) {
      const [expected, actual] = [await styles(true, options), await styles(false, options)];
      assert.ok(expected.length > 100, `only ${expected.length} elements`);
      assert.equal(actual.length, expected.length);
      const differences = [];
      actual.forEach((style, i) => {
        if (style === expected[i]) return;
        const a = style.split(';');
        const e = expected[i].split(';');
        differences.push(`${e[0].split('|')[0]}: ${e.filter((p, j) => p !== a[j]).slice(0, 3).join(' ; ')} -> ${a.filter((p, j) => p !== e[j]).slice(0, 3).join(' ; ')}`);
      });
      assert.deepEqual(differences, [], `computed style differs (${JSON.stringify(options)})`);
    }
  });

  // Which widget files (js/wasm/css under build/web) the page fetched, by path under build/web.
  async function fetchedWidgetFiles(url) {
    const { page } = await env.newPage({ context: { serviceWorkers: 'block' } });
    const fetched = new Set();
    page.on('response', (response) => {
      // The path under build/web (the element's modules sit in a folder of their own).
      const name = decodeURIComponent(new URL(response.url()).pathname).replace(/^\//, '');
      if (WIDGET_FILE.test(name) && existsSync(join(webDir, name)) && name !== 'pwa.js') fetched.add(name);
    });
    return { page, fetched, ready: () => gotoAndWaitReady(page, url) };
  }

  env.test('the demo post page fetches the markdown core only, under the ceiling', async (t) => {
    const { page, fetched, ready } = await fetchedWidgetFiles(env.url('index.html'));
    assert.ok(await ready() > 0);
    const names = [...fetched].sort();
    for (const name of MARKDOWN_CORE) assert.ok(fetched.has(name), `${name} not fetched: ${names}`);
    for (const name of FULL_CORE) assert.ok(!fetched.has(name), `a post page fetched ${name}`);
    // The files counted on disk are the ones the browser loads (the module graph is complete).
    for (const name of ELEMENT_FILES) assert.ok(fetched.has(name), `${name} counted but not fetched: ${names}`);
    const { total, summary } = sizeOf(names);
    t.diagnostic(`fetched by the demo page: ${summary}`);
    assert.ok(total <= CEILING_BYTES, `the demo page fetched ${total} bytes gzipped: ${summary}`);
    assert.deepEqual(page.errors, []);
  });

  // A frab schedule served as .json (the likely-kind hint picks the full core at once) and the same
  // schedule under a .md name (the hint guesses markdown; the text's first byte still decides).
  for (const [name, expectMarkdownCore] of [['schedule.json', false], ['schedule-misnamed.md', true]]) {
    env.test(`a frab schedule at ${name} loads with the full core`, async () => {
      const schedule = readFileSync(join(projectDir, 'tests', 'fixtures', 'interop', 'frab-small.json'), 'utf8');
      const events = JSON.parse(schedule).schedule.conference.days
        .flatMap((day) => Object.values(day.rooms)).reduce((sum, list) => sum + list.length, 0);
      const { page, fetched, ready } = await fetchedWidgetFiles(env.url(`__budget-${name}.html`));
      await page.route(env.url(`__budget-${name}`), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: schedule }));
      await page.route(env.url(`__budget-${name}.html`), (route) => route.fulfill({
        status: 200, contentType: 'text/html; charset=utf-8', body: hostPageFor(`__budget-${name}`),
      }));
      assert.equal(await ready(), events);
      assert.equal(await articles(page).count(), events);
      for (const file of FULL_CORE) assert.ok(fetched.has(file), `${file} not fetched`);
      assert.equal(fetched.has('talkboard_core.wasm'), expectMarkdownCore, `markdown core fetched: ${[...fetched]}`);
      assert.deepEqual(page.errors, []);
    });
  }
});
