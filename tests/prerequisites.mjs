// What the Node tests need from outside their own files, where it is, and the one rule for when it
// is missing. Every Node test (tests/js, tests/browser, tests/cli) and the corpus script locate the
// build and ../shared here and skip through here; none has a rule of its own.
//
// Where (each can be overridden by the variable scripts/test.sh exports):
//   projectDir  the project root
//   cliPath     the native CLI, build/bin/talkboard                  TALKBOARD_BIN
//   webDir      the built site and wasm modules, build/web           TALKBOARD_WEB_DIR
//   sharedDir   the shared corpus and formats, ../shared             TALKBOARD_SHARED_DIR
//
// The rule:
//   - A build product that is missing (the CLI, a file of build/web), or a tool scripts/setup.sh
//     installs (hugo): the test is skipped with a message that says what to run, except under CI
//     (the variable CI is set), where it fails instead, so that CI can never pass by skipping.
//   - build/web in a quick run (`scripts/test.sh --quick`, which sets TALKBOARD_QUICK): skipped,
//     since a quick run does not build the wasm and an older build/web would test older code.
//   - ../shared missing: skipped with a message, under CI too. A clone of the project has no
//     ../shared and must build and pass on its own.
//
// Use the returned value as node:test's `skip` option: false when the test can run, else the
// reason. For example:
//   test('parse prints JSON', { skip: needsCli() }, () => { ... });
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cliPath = process.env.TALKBOARD_BIN ? resolve(process.env.TALKBOARD_BIN) : join(projectDir, 'build', 'bin', 'talkboard');
export const webDir = process.env.TALKBOARD_WEB_DIR ? resolve(process.env.TALKBOARD_WEB_DIR) : join(projectDir, 'build', 'web');
export const sharedDir = process.env.TALKBOARD_SHARED_DIR
  ? resolve(process.env.TALKBOARD_SHARED_DIR)
  : resolve(projectDir, '..', 'shared');

const shown = (path) => (path.startsWith(projectDir) ? relative(projectDir, path) : path);
const failedUnderCi = new Set();  // one failing test per missing thing, however many tests need it

// The rule for something the set-up or the build makes: `reason` when it is missing (`what` names
// it once for CI's failing test), false when it is there.
function missingUnlessCi(what, reason) {
  if (process.env.CI && !failedUnderCi.has(what)) {
    failedUnderCi.add(what);
    test(`${what} is there`, () => assert.fail(`${reason} (CI is set: a missing prerequisite fails, it is not skipped)`));
  }
  return reason;
}

// A build product at `path`, built by `how` (a command to tell the reader).
function needsBuilt(path, how) {
  if (existsSync(path)) return false;
  return missingUnlessCi(shown(path), `${shown(path)} is not built: run ${how}`);
}

// The native CLI (scripts/build.sh, or `cmake --build --preset native`).
export function needsCli() {
  return needsBuilt(cliPath, 'scripts/build.sh (or cmake --build --preset native)');
}

// A file of the built site, build/web/<file> (scripts/build.sh, or scripts/build-web.sh).
export function needsWeb(file = 'index.html') {
  if (process.env.TALKBOARD_QUICK) return `${shown(join(webDir, file))}: not in a quick run (scripts/test.sh runs it)`;
  return needsBuilt(join(webDir, file), 'scripts/build.sh');
}

// A command scripts/setup.sh installs (`hugo`), found when `command ...versionArgs` exits 0.
export function needsCommand(command, versionArgs = ['--version']) {
  if (spawnSync(command, versionArgs, { stdio: 'ignore' }).status === 0) return false;
  return missingUnlessCi(command, `${command} is not installed: run scripts/setup.sh`);
}

// A file or folder of ../shared, given relative to it ('corpus/posts', 'formats/c3voc/schema.json')
// or as an absolute path (a shared folder named on a command line).
export function needsShared(path) {
  const full = resolve(sharedDir, path);
  if (existsSync(full)) return false;
  return `${full} not found: it is in ../shared beside the project, which a clone does not have`;
}
