// Builds the npm package of the widget with `npm pack`: build/npm/talkboard-VERSION.tgz.
//
// The repository's root package.json is the project's dev tooling (private, devDependencies) and
// is not published. The package is assembled in build/npm/package/ from:
//   integrations/npm/package.json   the published manifest (name, exports map, files); its version
//                                   is set here from the root package.json, so there is one version
//   integrations/npm/README.md      how to install and load it, followed by the part of the
//                                   project's README between the npm-readme markers
//   dist/                           the element's files exactly as scripts/build-web.sh lists them
//                                   in build/element-files.txt (scripts/element-files.mjs)
// Run after scripts/build-web.sh:  node scripts/pack-npm.mjs   (prints the tarball's path)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { elementFiles, projectRoot } from './element-files.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// The part of the project's README meant for the package, between its npm-readme markers.
function readmeExcerpt() {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const match = readme.match(/<!-- npm-readme:start[^>]*-->\n([\s\S]*?)<!-- npm-readme:end -->/);
  if (!match) throw new Error('README.md lacks the <!-- npm-readme:start --> ... <!-- npm-readme:end --> markers');
  return match[1].trim();
}

export function packNpm({ out = join(projectRoot, 'build', 'npm') } = {}) {
  const site = join(projectRoot, 'build', 'web');
  const files = elementFiles({ site });
  const staging = join(out, 'package');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(staging, 'dist'), { recursive: true });

  const manifest = readJson(join(projectRoot, 'integrations', 'npm', 'package.json'));
  manifest.version = readJson(join(projectRoot, 'package.json')).version;
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const intro = readFileSync(join(projectRoot, 'integrations', 'npm', 'README.md'), 'utf8').trimEnd();
  writeFileSync(join(staging, 'README.md'), `${intro}\n\n## Using the element (from the project's README)\n\n${readmeExcerpt()}\n`);
  for (const name of files) {
    mkdirSync(dirname(join(staging, 'dist', name)), { recursive: true });  // element/*.js keep their folder
    copyFileSync(join(site, name), join(staging, 'dist', name));
  }

  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  }));
  return { tarball: join(out, packed.filename), files: packed.files.map((file) => file.path), manifest };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tarball, files } = packNpm();
  console.log(`pack-npm: ok: ${tarball} (${files.length} files)`);
}
