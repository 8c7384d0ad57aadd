// The CLI's contract (docs/ARCHITECTURE.md): commands, JSON shape, exit codes, and clear refusals of bad input.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliPath as bin, needsCli } from '../prerequisites.mjs';

const skip = needsCli();  // the rule of tests/prerequisites.mjs (ctest always builds the CLI first)
const work = mkdtempSync(join(tmpdir(), 'talkboard-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));  // the hostile inputs weigh 50 MB a run
const run = (args, input) => spawnSync(bin, args, { input, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60000 });
const file = (name, content) => { const p = join(work, name); writeFileSync(p, content); return p; };

const post = `---
title: 'Example Summit 2031'
date: '2031-05-01T10:00:00.000Z'
---

## Main Stage

[Keynote: Opening the Summit - Ada Example, Example Corp](https://example.org/t/1)

Tuesday, May 6, 2031, 09:00 - 09:30 CEST

We open the summit.

[Building Things - Ben Sample & Cleo Case, Sample Labs](https://example.org/t/2)

Tuesday, May 6, 2031, 10:00 - 10:45 CEST

How we built things.

[A Talk Without Time - Dana Doe, Doe Inc](https://example.org/t/3)

Some abstract.
`;

test('parse prints the docs/ARCHITECTURE.md JSON', { skip }, () => {
  const r = run(['parse', file('post.md', post)]);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.post.title, 'Example Summit 2031');
  assert.equal(json.sessions.length, 3);
  const [keynote, building, untimed] = json.sessions;
  assert.equal(keynote.kind, 'keynote');
  assert.equal(keynote.title, 'Opening the Summit');
  assert.deepEqual(keynote.speakers, [{ name: 'Ada Example', org: 'Example Corp' }]);
  assert.equal(keynote.date, '2031-05-06');
  assert.equal(keynote.start, '09:00');
  assert.equal(keynote.end, '09:30');
  assert.equal(keynote.tz, 'CEST');
  assert.equal(keynote.utcStart, '2031-05-06T07:00:00Z');
  assert.equal(keynote.utcEnd, '2031-05-06T07:30:00Z');
  assert.equal(keynote.section, 'Main Stage');
  assert.equal(keynote.abstract, 'We open the summit.');
  assert.deepEqual(building.speakers.map((s) => [s.name, s.org]), [['Ben Sample', 'Sample Labs'], ['Cleo Case', 'Sample Labs']]);
  assert.equal(untimed.start, null);
  assert.equal(untimed.utcStart, null);
  for (const s of json.sessions) assert.match(s.id, /^[0-9a-f]{12}/);
  assert.ok(json.diagnostics.some((d) => d.line === 20 && d.severity === 'warning'), JSON.stringify(json.diagnostics));
});

test('parse reads standard input with -', { skip }, () => {
  const r = run(['parse', '-'], post);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).sessions.length, 3);
});

test('ids are stable across runs', { skip }, () => {
  const a = JSON.parse(run(['parse', '-'], post).stdout).sessions.map((s) => s.id);
  const b = JSON.parse(run(['parse', '-'], post).stdout).sessions.map((s) => s.id);
  assert.deepEqual(a, b);
  assert.equal(new Set(a).size, a.length);
});

test('lint prints FILE:LINE findings and exits 1 when there are any', { skip }, () => {
  const path = file('lint.md', post);
  const r = run(['lint', path]);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:20: warning: .*no date and no time`));
  assert.match(r.stdout, /3 sessions, 1 warnings, 0 errors/);
});

test('lint exits 0 for a post with nothing to report', { skip }, () => {
  const clean = post.slice(0, post.indexOf('[A Talk Without Time'));
  const r = run(['lint', file('clean.md', clean)]);
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /2 sessions, 0 warnings, 0 errors/);
});

test('lint says why candidates were not taken, and exits 1 for a post without sessions', { skip }, () => {
  const r = run(['lint', '-'], '## Day one\n\n- 12:00 Lunch & Networking\n- 13:00 [Register here](https://example.org/register)\n');
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /<stdin>:3: warning: 'Lunch & Networking' is not read as a session: a meal, a break or registration/);
  assert.match(r.stdout, /<stdin>: error: no sessions found/);
  assert.match(r.stdout, /0 sessions, \d+ warnings, 1 errors/);
});

test('lint explains, line by line, each thing in a post that is not a session', { skip }, () => {
  // tests/fixtures/layout-non-sessions.md: four sessions among meals, a break, registration, a
  // booth without a time, a registration link, last year's video, "Read more" and a talk listed twice.
  // Links without a time or a session page (lines 30-32) are the post's own, not mistakes: lint
  // stays silent on them, or every post with a "further reading" list would fail its author's CI.
  const path = new URL('../fixtures/layout-non-sessions.md', import.meta.url).pathname;
  const r = run(['lint', path]);
  assert.equal(r.status, 1, r.stderr);
  const findings = r.stdout.split('\n').map((line) => line.match(/layout-non-sessions\.md:(\d+): ((?:warning|error): .*)$/))
    .filter(Boolean).map(([, line, text]) => [Number(line), text]);
  const expected = [
    [12, /^warning: the same session as on line 22/],  // the highlight repeats the 11:00 talk
    [19, /^warning: 'Registration and breakfast' is not read as a session: a meal, a break or registration/],
    [21, /^warning: 'Coffee break' is not read as a session: a meal, a break or registration/],
    [23, /^warning: 'Lunch' is not read as a session: a meal, a break or registration/],
  ];
  assert.deepEqual(findings.map(([line]) => line), expected.map(([line]) => line), r.stdout);
  expected.forEach(([line, message], i) => assert.match(findings[i][1], message, `line ${line}`));
  assert.match(r.stdout, /: 4 sessions, 4 warnings, 0 errors/);
});

test('lint refuses unreadable input with exit 2', { skip }, () => {
  const r = run(['lint', join(work, 'does-not-exist.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot open/);
});

test('every command answers --help on stdout with exit 0', { skip }, () => {
  for (const command of ['parse', 'lint', 'ics', 'table', 'export']) {
    const r = run([command, '--help']);
    assert.equal(r.status, 0, command);
    assert.match(r.stdout, new RegExp(`^usage: talkboard ${command}`), command);
  }
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /talkboard lint FILE/);
});

test('ics prints a calendar', { skip }, () => {
  const r = run(['ics', file('ics.md', post)]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.equal((r.stdout.match(/BEGIN:VEVENT/g) ?? []).length, 2, 'the untimed talk has no date and is left out');
  assert.match(r.stdout, /DTSTART:20310506T070000Z/);
});

test('table prints a readable schedule', { skip }, () => {
  const r = run(['table', file('table.md', post)]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Tue 2031-05-06 +09:00-09:30 CEST +Keynote +Opening the Summit/);
  assert.match(r.stdout, /3 sessions/);
});

const refusals = [
  ['an empty file', () => file('empty.md', ''), /empty/],
  ['whitespace only', () => file('blank.md', '  \n\n\t\n'), /empty/],
  ['invalid UTF-8', () => file('latin1.md', Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])), /UTF-8/],
  ['binary bytes', () => file('binary.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00])), /binary/],
  ['a post with no sessions', () => file('prose.md', '# Hello\n\nJust a blog post with a [link](https://example.org).\n'), /no sessions/],
  ['a missing file', () => join(work, 'does-not-exist.md'), /cannot open/],
  ['a directory', () => work, /cannot read|directory/],
  ['JSON of the wrong shape', () => file('wrong.json', '{"frontmatter": {}, "rawMarkdownBody": 42}'), /rawMarkdownBody/],
  ['JSON that is not JSON', () => file('broken.json', '{"frontmatter": {'), /not valid JSON/],
  ['an unclosed frontmatter', () => file('open.md', '---\ntitle: x\n\n[T - A B, C](https://e.org)\n'), /never closed/],
];
for (const [name, make, message] of refusals) {
  test(`refuses ${name} with a message and exit 2`, { skip }, () => {
    const r = run(['parse', make()]);
    assert.equal(r.status, 2, `stdout: ${r.stdout}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^talkboard: /);
    assert.match(r.stderr, message);
  });
}

test('refuses a 50 MB file without reading it all', { skip }, () => {
  const path = join(work, 'huge.md');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
  const r = run(['parse', path]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /limit is 33554432 bytes/);
});

test('refuses an unreadable file', { skip: skip || (process.getuid?.() === 0 ? 'root reads every file' : false) }, () => {
  const path = file('secret.md', post);
  chmodSync(path, 0o000);
  const r = run(['parse', path]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot open/);
});

test('usage errors exit 2', { skip }, () => {
  assert.equal(run([]).status, 2);
  assert.equal(run(['explode', '-'], post).status, 2);
  assert.match(run(['explode', '-'], post).stderr, /unknown command/);
});
