// Assembles talkboard for Hugo: a theme component folder a site adds to its themes and lists in
// its `theme` setting (README, "Hugo and Jekyll"):
//   layouts/shortcodes/talkboard.html   from integrations/hugo/
//   static/talkboard/                   the element's files, as build-web.sh lists them
//   README.md                           how to use it
// Run after scripts/build-web.sh:
//   node scripts/build-hugo-module.mjs [--out build/hugo/talkboard]
import { copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { elementFiles, projectRoot } from './element-files.mjs';

export function buildHugoModule(out) {
  const site = join(projectRoot, 'build', 'web');
  const files = elementFiles({ site });
  rmSync(out, { recursive: true, force: true });
  cpSync(join(projectRoot, 'integrations', 'hugo'), out, { recursive: true });
  const assets = join(out, 'static', 'talkboard');
  mkdirSync(assets, { recursive: true });
  for (const name of files) {
    mkdirSync(dirname(join(assets, name)), { recursive: true });  // element/*.js keep their folder
    copyFileSync(join(site, name), join(assets, name));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(projectRoot, 'build', 'hugo', 'talkboard') } } });
  const out = resolve(values.out);
  const files = buildHugoModule(out);
  console.log(`build-hugo-module: ok: ${out} (shortcode talkboard, static/talkboard/: ${files.join(' ')})`);
}
