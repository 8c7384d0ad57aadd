// The widget's byte budget: the files a page loads for <talk-board> (the element modules, the
// Emscripten glue, the wasm core and the CSS), each gzipped on its own at level 9 as a server
// would send it. The service worker and its registration are not part of the widget.
//
// Issue 3 sets the budget at 100 KB (102,400 bytes). It is NOT met yet (about 130 KB, most of it
// the wasm core: simdjson alone is ~20 KB); that check is a `todo` so it is reported on every run
// without blocking. A hard ceiling just above today's size catches any regression meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { webDir } from './harness.mjs';

const BUDGET_BYTES = 102_400;
const CEILING_BYTES = 135_000;
const widgetFiles = ['talkboard.js', 'talkboard-element.js', 'core-loader.js', 'talkboard_core.js',
                     'talkboard_core.wasm', 'talkboard.css'];

function measure(t) {
  if (!existsSync(join(webDir, 'index.html'))) {
    const message = `${webDir} is not built: run scripts/build-web.sh first`;
    if (process.env.CI) assert.fail(message);
    t.skip(message);
    return null;
  }
  let total = 0;
  const lines = [];
  for (const name of widgetFiles) {
    const path = join(webDir, name);
    assert.ok(existsSync(path), `${name} is part of the widget and must be in build/web`);
    const bytes = gzipSync(readFileSync(path), { level: 9 }).length;
    total += bytes;
    lines.push(`  ${name}: ${bytes} bytes`);
  }
  const summary = `gzip -9 of the widget (js + wasm + css): ${total} bytes\n${lines.join('\n')}`;
  t.diagnostic(summary);
  return { total, summary };
}

test('the widget stays under its regression ceiling', (t) => {
  const m = measure(t);
  if (m) assert.ok(m.total <= CEILING_BYTES, `over the ceiling of ${CEILING_BYTES} bytes\n${m.summary}`);
});

test('the widget is within the 100 KB budget of issue 3', { todo: 'not met yet: the wasm core is ~118 KB gzipped' }, (t) => {
  const m = measure(t);
  if (m) assert.ok(m.total <= BUDGET_BYTES, `over the budget by ${m.total - BUDGET_BYTES} bytes\n${m.summary}`);
});
