#!/usr/bin/env node
// Prints the hostile-input table of issue 6 (markdown) for a closing note:
//   input | size | outcome | message | CLI time | peak RSS | browser
// The CLI columns are measured now (`talkboard parse` on each input of tests/hostile/inputs.mjs,
// CPU and wall time, peak RSS via tests/hostile/run-cli.mjs). The browser column is read from
// build/hostile-browser.json, which tests/browser/hostile.test.mjs writes; run that first
// (node --test tests/browser/hostile.test.mjs), or the column says "not run".
//
//   node scripts/hostile-table.mjs [path/to/talkboard]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOSTILE_INPUTS } from '../tests/hostile/inputs.mjs';
import { measuredBy, runMeasured } from '../tests/hostile/run-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(process.argv[2] || process.env.TALKBOARD_BIN || join(root, 'build', 'bin', 'talkboard'));
if (!existsSync(bin)) {
  console.error(`hostile-table: ${bin} is missing: build the native preset first`);
  process.exit(2);
}
const browserPath = join(root, 'build', 'hostile-browser.json');
const browser = existsSync(browserPath) ? JSON.parse(readFileSync(browserPath, 'utf8')) : {};

const size = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

const work = mkdtempSync(join(tmpdir(), 'talkboard-table-'));
const rows = [];
try {
  for (const input of HOSTILE_INPUTS) {
    const bytes = input.fn();
    const path = join(work, 'input.md');
    writeFileSync(path, bytes);
    const r = runMeasured(bin, ['parse', path], { timeoutSeconds: 120 });
    let outcome;
    let message;
    if (r.timedOut) { outcome = 'TIMEOUT'; message = ''; } else if (r.signal) { outcome = `CRASH (signal ${r.signal})`; message = r.stderr.trim(); } else if (r.status === 0) {
      const json = JSON.parse(r.stdout);
      const warnings = json.diagnostics.length;
      outcome = `parsed: ${json.sessions.length.toLocaleString('en-US')} sessions`;
      message = warnings ? `${warnings} diagnostics, first: ${json.diagnostics[0].message}` : '—';
    } else {
      outcome = `refused (exit ${r.status})`;
      message = r.stderr.trim().replace(/^talkboard: [^:]+: /, '');
    }
    const b = browser[input.name];
    const browserCell = b ? `${(b.ms / 1000).toFixed(1)} s (${b.outcome.startsWith('alert') ? 'alert' : b.outcome}; longest task ${(b.longestTaskMs / 1000).toFixed(1)} s)` : 'not run';
    rows.push([input.name, size(bytes.length), outcome, message.length > 110 ? `${message.slice(0, 107)}...` : message,
      `${r.cpuSeconds.toFixed(2)} s CPU / ${r.seconds.toFixed(2)} s wall`, `${(r.maxRssKiB / 1024).toFixed(1)} MiB`, browserCell]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('| input | size | outcome (CLI `parse`) | message | CLI time | CLI peak RSS | browser: ready or alert |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.map(cell).join(' | ')} |`);
console.log(`\nCLI measured with ${measuredBy}; browser figures from ${existsSync(browserPath) ? 'build/hostile-browser.json' : '(none: run tests/browser/hostile.test.mjs)'}.`);
