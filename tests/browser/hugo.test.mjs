// Hugo (issue 16.7): a tiny site built with Debian's hugo, its posts using the talkboard shortcode
// of integrations/hugo/ (assembled by scripts/build-hugo-module.mjs with the element's files),
// served on 127.0.0.1 and read in Chromium.
//
//   posts/demo    the demo post as an author would write it in Hugo: intro, the talks wrapped in
//                 {{< talkboard >}} ... {{< /talkboard >}}, closing words;
//   posts/whole   {{< talkboard id="whole" />}} alone: the widget reads the whole post.
//
// Skipped with a message when hugo is not installed (scripts/setup.sh installs it), unless CI is set
// (the rule of tests/prerequisites.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe } from 'node:test';
import { browserSuite, demoPost } from './harness.mjs';
import { cliPath as cli, needsCli, needsCommand } from '../prerequisites.mjs';
import { DEMO, articleTitled, articles, gotoAndWaitReady } from './board.mjs';
import { buildHugoModule } from '../../scripts/build-hugo-module.mjs';

const hugoMissing = needsCommand('hugo', ['version']);

// The demo post split as an author would lay it out: frontmatter, intro, talks.
const [, demoFrontmatter, demoBody] = readFileSync(demoPost, 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
const demoTitle = demoFrontmatter.match(/^title: '(.*)'$/m)[1];
const firstHeading = demoBody.indexOf('\n## ');
const intro = demoBody.slice(0, firstHeading).trim();
// A talk's abstract that would end an inline <script> if the shortcode did not guard it.
const guarded = 'Bring questions </script> & a laptop.';
const talks = demoBody.slice(firstHeading).trim().replace('how its sessions fit together.', `$& ${guarded}`);
const closing = 'Thanks for reading: see you in Paris.';
// Quotes and an ampersand in the title: YAML and HTML escaping both have to be right.
const hugoTitle = `${demoTitle}: "Q&A" and 'more'`;

const write = (path, text) => { mkdirSync(dirname(path), { recursive: true }); writeFileSync(path, text); };
let siteDir = null;

async function buildSite() {
  siteDir = mkdtempSync(join(tmpdir(), 'talkboard-hugo-'));
  buildHugoModule(join(siteDir, 'themes', 'talkboard'));
  write(join(siteDir, 'config.toml'), "baseURL = '/'\nlanguageCode = 'en'\ntitle = 'Tiny'\ntheme = ['talkboard']\n"
    + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
  const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
    + '<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n';
  write(join(siteDir, 'layouts', '_default', 'single.html'), page);
  write(join(siteDir, 'layouts', 'index.html'), '<!doctype html><html lang="en"><head><title>Tiny</title></head><body></body></html>\n');
  const frontmatter = `---\ntitle: ${JSON.stringify(hugoTitle)}\ndate: 2024-01-18T12:00:00Z\n---\n\n`;
  write(join(siteDir, 'content', 'posts', 'demo.md'),
    `${frontmatter}${intro}\n\n{{< talkboard >}}\n${talks}\n{{< /talkboard >}}\n\n${closing}\n`);
  write(join(siteDir, 'content', 'posts', 'whole.md'), `${frontmatter}{{< talkboard id="whole" />}}\n\n${demoBody}`);
  execFileSync('hugo', ['--source', siteDir, '--destination', join(siteDir, 'public'), '--quiet'], { encoding: 'utf8' });
  return join(siteDir, 'public');
}

after(() => { if (siteDir) rmSync(siteDir, { recursive: true, force: true }); });

if (hugoMissing) {
  describe('hugo site', { skip: hugoMissing }, () => {});
} else {
  browserSuite('hugo site', (env) => {
    env.test('a post wrapping its talks in the shortcode: the schedule replaces them, the rest of the post stays', async () => {
      const { page } = await env.newPage();
      const count = await gotoAndWaitReady(page, env.url('posts/demo/'));
      assert.equal(count, DEMO.total);
      assert.equal(await articles(page).count(), DEMO.total);
      for (const [title] of DEMO.sessions) assert.equal(await articleTitled(page, title).count(), 1, title);
      const speedrun = await articleTitled(page, 'Speedrun Through Splicing Sockets with Sockmap').innerText();
      assert.match(speedrun, /16[:.]25|4[:.]25\s*PM/i, 'start time shown');
      // The post around the widget is intact, and no talk is shown twice.
      const main = await page.locator('main').innerText();
      assert.ok(main.includes(intro.slice(0, 60)), 'the intro is on the page');
      assert.ok(main.includes(closing), 'the closing words are on the page');
      assert.equal(await page.locator('talk-board script[type="text/markdown"]').count(), 0, 'the inline post is gone');
      const fallbackLink = page.getByRole('link', { name: /^Connecting Cloud Native: Cilium \+ eBPF Day - Laurent/ });
      assert.equal(await fallbackLink.count(), 0, 'the talks as rendered by Hugo are replaced, not shown beside the widget');
      assert.equal(await page.title(), hugoTitle);
      assert.deepEqual(page.errors, [], 'no uncaught page errors');
    });

    env.test('without JavaScript the wrapped talks read as the rest of the post', async () => {
      const { page } = await env.newPage({ context: { javaScriptEnabled: false } });
      await page.goto(env.url('posts/demo/'));
      const board = page.locator('talk-board');
      assert.equal(await board.getByRole('heading', { name: 'Cilium + eBPF Day' }).count(), 1);
      const links = await board.getByRole('link').allTextContents();
      for (const [title] of DEMO.sessions) {
        assert.ok(links.some((text) => text.includes(title)), `a link for ${title}`);
      }
    });

    env.test('the shortcode alone reads the whole post', async () => {
      const { page } = await env.newPage();
      assert.equal(await gotoAndWaitReady(page, env.url('posts/whole/')), DEMO.total);
      assert.equal(await articles(page).count(), DEMO.total);
      assert.deepEqual(page.errors, []);
    });

    env.test('the inline post carries the page\'s title and date as frontmatter, and the core reads it as the demo', { skip: needsCli() }, () => {
      const html = readFileSync(join(siteDir, 'public', 'posts', 'demo', 'index.html'), 'utf8');
      const scripts = [...html.matchAll(/<script type="text\/markdown">([\s\S]*?)<\/script>/g)];
      assert.equal(scripts.length, 1, 'one inline post');
      assert.ok(talks.includes(guarded));
      const parsed = JSON.parse(execFileSync(cli, ['parse', '-'], { input: scripts[0][1], encoding: 'utf8' }));
      assert.equal(parsed.post.title, hugoTitle);
      assert.equal(parsed.post.date, '2024-01-18T12:00:00Z');
      assert.deepEqual(parsed.sessions.map((s) => [s.title, s.utcStart]), DEMO.sessions);
      // "<\/script": a markdown backslash escape, so the abstract reads as the author wrote it.
      assert.ok(parsed.sessions[0].abstract.endsWith(guarded), parsed.sessions[0].abstract);
    });
  }, { site: buildSite });
}
