// Makes the static site in build/web/ an installable, offline-capable PWA. Run after build-web.sh:
//   node scripts/build-pwa.mjs [--dir build/web] [--base URL-PREFIX] [--force-icons]
//
//   1. copies web/manifest.webmanifest, web/pwa.js (minified with terser when present) and the icon
//      SVGs (web/icons/) into the site;
//   2. renders the PNG icons (192, 512, maskable 512, apple-touch 180, 32 for favicon.ico) from the
//      SVGs with Debian's Chromium through playwright-core (no image tools needed); skipped when a
//      PNG is newer than its SVG, unless --force-icons; writes favicon.ico around the 32 px PNG;
//   3. writes sw.js from web/sw.template.js with the precache lists (every file of the site but sw.js:
//      posts *.md/*.json apart, for stale-while-revalidate) and a version: the first 16 hex digits of
//      the SHA-256 over the template and every listed file's path and bytes. Any change to the site
//      is a new version; an unchanged site rebuilds to the same sw.js byte for byte.
//
// --base: the URL prefix of the site's files as the service worker sees them, when sw.js is served
// from another folder than the files (e.g. sw.js at a blog's root, talkboard in /talkboard/:
// `--base /talkboard/`). Default: the files sit beside sw.js.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: join(root, 'build', 'web') },
    base: { type: 'string', default: '' },
    'force-icons': { type: 'boolean', default: false },
  },
});
const site = resolve(options.dir);
const web = join(root, 'web');
const fail = (message) => { console.error(`build-pwa: ERROR: ${message}`); process.exit(1); };
if (!existsSync(join(site, 'talkboard.js'))) fail(`${site}/talkboard.js missing: run scripts/build-web.sh first`);

// Posts are fetched by <talk-board src> and may change without a rebuild of the app.
const POST_PATTERN = /\.(md|markdown|json)$/i;
const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192, transparent: true },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512, transparent: true },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512, transparent: false },
  // iOS rounds the corners itself and paints transparency black: the full-bleed variant.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180, transparent: false },
  // The source of favicon.ico (browsers ask for /favicon.ico whatever the page links).
  { svg: 'icon.svg', png: 'favicon-32.png', size: 32, transparent: true },
];

// An .ico holding one PNG image (ICONDIR + one ICONDIRENTRY, then the PNG; every browser reads
// PNG-in-ICO), so favicon.ico needs no image tool either.
function icoOfPng(png, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);           // reserved
  header.writeUInt16LE(1, 2);           // type: icon
  header.writeUInt16LE(1, 4);           // one image
  header.writeUInt8(size % 256, 6);     // width (0 means 256)
  header.writeUInt8(size % 256, 7);     // height
  header.writeUInt8(0, 8);              // no palette
  header.writeUInt8(0, 9);              // reserved
  header.writeUInt16LE(1, 10);          // colour planes
  header.writeUInt16LE(32, 12);         // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18);         // image offset
  return Buffer.concat([header, png]);
}

async function minifyScript(source, { module = true } = {}) {
  try {
    const { minify } = await import('terser');
    return (await minify(source, { module, toplevel: true, ecma: 2020, compress: true, mangle: true, format: { comments: false } })).code;
  } catch (error) {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('build-pwa: terser missing (run scripts/setup.sh): shipping unminified');
    return source;
  }
}

async function renderIcons(iconDir) {
  const stale = ICONS.filter(({ svg, png }) => options['force-icons'] || !existsSync(join(iconDir, png))
    || statSync(join(iconDir, png)).mtimeMs < statSync(join(web, 'icons', svg)).mtimeMs);
  if (stale.length === 0) return;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 30_000,
  });
  try {
    for (const { svg, png, size, transparent } of stale) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const data = readFileSync(join(web, 'icons', svg)).toString('base64');
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>`
        + `<img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}" alt="">`);
      await page.waitForFunction(() => document.images[0].complete && document.images[0].naturalWidth > 0);
      await page.screenshot({ path: join(iconDir, png), type: 'png', omitBackground: transparent });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

// 1. Manifest, registration script, icon sources.
const iconDir = join(site, 'icons');
mkdirSync(iconDir, { recursive: true });
copyFileSync(join(web, 'manifest.webmanifest'), join(site, 'manifest.webmanifest'));
for (const svg of new Set(ICONS.map((icon) => icon.svg))) copyFileSync(join(web, 'icons', svg), join(iconDir, svg));
writeFileSync(join(site, 'pwa.js'), await minifyScript(readFileSync(join(web, 'pwa.js'), 'utf8')));

// 2. PNG icons, and favicon.ico from the 32 px one.
await renderIcons(iconDir);
writeFileSync(join(site, 'favicon.ico'), icoOfPng(readFileSync(join(iconDir, 'favicon-32.png')), 32));

// 3. sw.js: precache lists and version.
const template = readFileSync(join(web, 'sw.template.js'), 'utf8');
const files = listFiles(site)
  .map((path) => relative(site, path).split(sep).join('/'))
  .filter((name) => name !== 'sw.js')
  .sort();
const hash = createHash('sha256').update(template);
let bytes = 0;
for (const name of files) {
  const content = readFileSync(join(site, name));
  bytes += content.length;
  hash.update(`${name}\0${content.length}\0`).update(content);
}
const version = hash.digest('hex').slice(0, 16);
const url = (name) => options.base + name;
const posts = files.filter((name) => POST_PATTERN.test(name)).map(url);
const shell = files.filter((name) => !POST_PATTERN.test(name)).map(url);
const placeholders = {
  'self.__TB_VERSION__': JSON.stringify(version),
  'self.__TB_SHELL__': JSON.stringify(shell),
  'self.__TB_POSTS__': JSON.stringify(posts),
};
let sw = template;
for (const [token, value] of Object.entries(placeholders)) {
  if (!sw.includes(token)) fail(`web/sw.template.js lacks the placeholder ${token}`);
  sw = sw.replace(token, value);
}
sw = `// talkboard service worker ${version}: built from web/sw.template.js by scripts/build-pwa.mjs\n`
  + await minifyScript(sw, { module: false });
writeFileSync(join(site, 'sw.js'), sw);
console.log(`build-pwa: ok: ${site}/sw.js version ${version}; precache ${files.length} files, ${bytes} bytes `
  + `(${shell.length} app shell, ${posts.length} post${posts.length === 1 ? '' : 's'})`);
