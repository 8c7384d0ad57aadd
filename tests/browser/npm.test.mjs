// The npm package (issue 16.8): `npm pack` (scripts/pack-npm.mjs) yields a tarball that is
// installed into a scratch folder with npm, offline; a page there imports the element by its
// package name through an import map built from the package's `exports`, and the schedule renders
// in Chromium.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after } from 'node:test';
import { browserSuite, demoPost } from './harness.mjs';
import { DEMO, articleTitled, articles, gotoAndWaitReady } from './board.mjs';
import { elementFiles } from '../../scripts/element-files.mjs';
import { packNpm } from '../../scripts/pack-npm.mjs';

let scratch = null;
let packed = null;

// Where Node resolves `specifier` from the scratch folder: the package's exports map at work.
function resolveFromScratch(specifier) {
  const script = `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' }).trim();
}
const urlPath = (file) => relative(scratch, file).split(sep).join('/');

async function installPackage() {
  packed = packNpm();
  scratch = mkdtempSync(join(tmpdir(), 'talkboard-npm-'));
  writeFileSync(join(scratch, 'package.json'), '{"name": "scratch-site", "private": true}\n');
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', packed.tarball],
    { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  copyFileSync(demoPost, join(scratch, 'post.md'));
  // The import map and the stylesheet come from what Node resolves through the package's exports.
  const entry = new URL(resolveFromScratch('talkboard')).pathname;
  const css = new URL(resolveFromScratch('talkboard/talkboard.css')).pathname;
  writeFileSync(join(scratch, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>npm install talkboard</title>
<link rel="stylesheet" href="${urlPath(css)}">
<script type="importmap">${JSON.stringify({ imports: { talkboard: `./${urlPath(entry)}` } })}</script>
<script type="module">import { TalkBoardElement } from 'talkboard'; window.__tbClass = TalkBoardElement.name;</script>
</head><body><main><talk-board src="post.md"></talk-board></main></body></html>
`);
  return scratch;
}

after(() => { if (scratch) rmSync(scratch, { recursive: true, force: true }); });

browserSuite('npm package', (env) => {
  env.test('the tarball holds the element\'s files as the build lists them, a manifest and a README', () => {
    const expected = [...elementFiles().map((name) => `dist/${name}`), 'README.md', 'package.json'].sort();
    assert.deepEqual([...packed.files].sort(), expected);
    const installed = JSON.parse(readFileSync(join(scratch, 'node_modules', 'talkboard', 'package.json'), 'utf8'));
    assert.equal(installed.name, 'talkboard');
    assert.equal(installed.private, undefined, 'the published manifest is not the private dev one');
    assert.equal(installed.devDependencies, undefined);
    assert.equal(installed.version, JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
    const readme = readFileSync(join(scratch, 'node_modules', 'talkboard', 'README.md'), 'utf8');
    assert.match(readme, /npm install talkboard/);
    assert.match(readme, /talkboard-ready/, 'the excerpt of the project README is in it');
  });

  env.test('Node resolves the package by name through its exports map', () => {
    const dist = pathToFileURL(join(scratch, 'node_modules', 'talkboard', 'dist')).href;
    assert.equal(resolveFromScratch('talkboard'), `${dist}/talkboard.js`);
    assert.equal(resolveFromScratch('talkboard/talkboard.css'), `${dist}/talkboard.css`);
    assert.equal(resolveFromScratch('talkboard/dist/talkboard_core.wasm'), `${dist}/talkboard_core.wasm`);
  });

  env.test('a page importing "talkboard" through an import map renders the schedule', async () => {
    const { page } = await env.newPage();
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    assert.equal(await gotoAndWaitReady(page, env.url('index.html')), DEMO.total);
    assert.equal(await articles(page).count(), DEMO.total);
    const speedrun = await articleTitled(page, 'Speedrun Through Splicing Sockets with Sockmap').innerText();
    assert.match(speedrun, /16[:.]25|4[:.]25\s*PM/i);
    assert.equal(await page.evaluate(() => window.__tbClass), 'TalkBoardElement', 'the bare import gave the module');
    assert.ok(fetched.includes('/node_modules/talkboard/dist/talkboard_core.wasm'), fetched.join(' '));
    const styled = await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/dist/talkboard.css') && sheet.cssRules.length > 0));
    assert.ok(styled, 'the package\'s stylesheet applies');
    assert.deepEqual(page.errors, []);
  });
}, { site: installPackage });
