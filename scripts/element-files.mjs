// The files a page with <talk-board> needs: the list scripts/build-web.sh writes to
// build/element-files.txt as it copies them into build/web/ (the wasm builds' outputs, the modules
// of web/src, the stylesheet). The npm package (scripts/pack-npm.mjs) and the Hugo module
// (scripts/build-hugo-module.mjs) ship exactly these, so a file the build adds flows into both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Names (relative to build/web) in the build's order; throws when the build has not run or a
// listed file is missing from `site`.
export function elementFiles({ root = projectRoot, site = join(root, 'build', 'web') } = {}) {
  const list = join(root, 'build', 'element-files.txt');
  if (!existsSync(list)) throw new Error(`${list} is missing: run scripts/build-web.sh (or scripts/build.sh) first`);
  const names = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  if (!names.includes('talkboard.js')) throw new Error(`${list} does not list talkboard.js`);
  for (const name of names) {
    if (!existsSync(join(site, name))) throw new Error(`${name} is listed in ${list} but missing from ${site}`);
  }
  return names;
}
