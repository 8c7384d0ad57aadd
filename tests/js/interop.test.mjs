// Schedules in and out of talkboard, checked by independent readers:
//  - `talkboard export --format frab-json` validated by ajv against the c3voc JSON schema
//    (../shared/formats/c3voc/schema.json), which also rejects invalid-example.json;
//  - post -> frab JSON -> `talkboard parse` gives the same sessions (titles, speakers, orgs, urls,
//    dates, times, UTC instants);
//  - the real exports pretalx-democon.json and hub-schedule2.json import with their event counts;
//  - `export --format ics` of an imported schedule read back by ical.js;
//  - `export --format jsonld` parsed and checked for schema.org's Event properties.
// Posts: web/demo/kubecon-eu-2024.md and tests/fixtures/*.md; imports: tests/fixtures/interop/*.json.
// The CLI and ../shared are found, and their absence handled, by tests/prerequisites.mjs.
// Run: node --test tests/js/interop.test.mjs
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import ICAL from 'ical.js';
import { cliPath as cli, needsCli, needsShared, projectDir, sharedDir } from '../prerequisites.mjs';

const require = createRequire(import.meta.url);
const formatsDir = join(sharedDir, 'formats', 'c3voc');
const haveShared = !needsShared('formats/c3voc/schema.json');
// node:test options: the CLI for every test, ../shared's c3voc schema and exports for some.
const needs = { skip: needsCli() };
const needsSharedToo = { skip: needs.skip || needsShared('formats/c3voc/schema.json') };
const interopDir = join(projectDir, 'tests', 'fixtures', 'interop');
const scratch = mkdtempSync(join(tmpdir(), 'talkboard-interop-'));
after(() => rmSync(scratch, { recursive: true, force: true }));  // leave no scratch behind in the shared tmp

function run(args, input) {
  return execFileSync(cli, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, input });
}
const parse = (file) => JSON.parse(run(['parse', file]));
const exportAs = (format, file) => run(['export', '--format', format, file]);

function postsUnderTest() {
  const posts = [];
  posts.push(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'));
  const fixtures = join(projectDir, 'tests', 'fixtures');
  for (const name of readdirSync(fixtures).sort()) if (name.endsWith('.md')) posts.push(join(fixtures, name));
  return posts;
}
const posts = postsUnderTest();
const imports = readdirSync(interopDir).filter((name) => name.endsWith('.json')).sort().map((name) => join(interopDir, name));

// The c3voc schema is draft-06 and uses keywords ajv does not know ("$oneOf", "$todo", "deprecated"):
// ajv's default (draft-07) class with the draft-06 meta-schema added, strict mode off for those
// keywords. ajv-formats is not installed, so the formats the schema uses are defined here.
function c3vocValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i);
  ajv.addFormat('uuid', /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  ajv.addFormat('color', /^#[0-9a-f]{3,8}$/i);
  return ajv.compile(JSON.parse(readFileSync(join(formatsDir, 'schema.json'), 'utf8')));
}
const validate = haveShared ? c3vocValidator() : null;
const errorsOf = (v) => (v.errors || []).map((e) => `${e.instancePath} ${e.message}`).join('; ');

const sortKey = (s) => `${s.date}|${s.start}|${s.title}`;
const bySortKey = (a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0);

test('the inputs exist', () => {
  assert.ok(posts.length > 1 && imports.length >= 3);
});

test('export: usage errors exit 2 with a message', needs, () => {
  for (const args of [['export', 'x.md'], ['export', '--format', 'xml', join(interopDir, 'frab-small.json')],
    ['export', '--format']]) {
    const r = spawnSync(cli, args, { encoding: 'utf8' });
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /usage|format/);
  }
  assert.equal(run(['export', '--format=jsonld', '-'], readFileSync(join(interopDir, 'frab-small.json'))).startsWith('{'), true);
});

test('JSON of an unknown shape is bad_json', needs, () => {
  const r = spawnSync(cli, ['parse', '-'], { encoding: 'utf8', input: '{"hello": "world"}' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown shape.*\[bad_json\]/);
});

test('the ajv set-up accepts a real export and rejects invalid-example.json', needsSharedToo, () => {
  const democon = JSON.parse(readFileSync(join(formatsDir, 'pretalx-democon.json'), 'utf8'));
  assert.ok(validate(democon), errorsOf(validate));
  const invalid = JSON.parse(readFileSync(join(formatsDir, 'invalid-example.json'), 'utf8'));
  assert.equal(validate(invalid), false, 'invalid-example.json must fail the schema');
});

for (const file of [...posts, ...imports]) {
  const label = relative(projectDir, file);

  test(`frab-json of ${label} validates against the c3voc schema`, needsSharedToo, () => {
    const exported = JSON.parse(exportAs('frab-json', file));
    const floating = parse(file).sessions.some((s) => s.start !== null && s.utcStart === null);
    if (!floating) {
      assert.ok(validate(exported), `${label}: ${errorsOf(validate)}`);
      return;
    }
    // Floating times have no offset and talkboard never invents one: the schema's date-time
    // format is then the only thing it can reject.
    validate(exported);
    const other = (validate.errors || []).filter((e) => !(e.keyword === 'format' && e.params.format === 'date-time'));
    assert.deepEqual(other, [], `${label}: only date-time formats of floating times may fail`);
  });

  test(`${label} -> frab JSON -> talkboard gives the same sessions`, needs, () => {
    const original = parse(file).sessions.filter((s) => s.date !== null && s.start !== null).sort(bySortKey);
    const frabFile = join(scratch, `${label.replace(/[\\/]/g, '_')}.frab.json`);
    writeFileSync(frabFile, exportAs('frab-json', file));
    // A post without a dated, timed session (a grid of weekdays, a roundup) exports no events, and a
    // schedule without events is no input: nothing to compare.
    if (original.length === 0) {
      assert.equal(JSON.parse(readFileSync(frabFile, 'utf8')).schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).length, 0);
      return;
    }
    const back = parse(frabFile).sessions.sort(bySortKey);
    assert.equal(back.length, original.length);
    original.forEach((s, i) => {
      const b = back[i];
      const where = `${label}: ${s.title}`;
      assert.equal(b.title, s.title, where);
      assert.deepEqual(b.speakers, s.speakers, `${where}: speakers and orgs`);
      for (const key of ['date', 'start', 'end', 'utcStart', 'utcEnd', 'kind', 'abstract', 'language']) {
        assert.equal(b[key], s[key], `${where}: ${key}`);
      }
      // frab's url is an absolute URI: a link relative to the post's page does not travel.
      assert.equal(b.url, s.url !== null && /^https?:\/\//.test(s.url) ? s.url : null, `${where}: url`);
      // Recordings and slides travel as the c3voc References frab calls links.
      assert.deepEqual(b.resources, s.resources, `${where}: resources`);
      // frab has one "track" field: a session's track when it has one, else its section.
      if (s.track) assert.equal(b.track, s.track, `${where}: track`);
      else if (s.section !== null) assert.equal(b.section, s.section, `${where}: section`);
    });
  });

  test(`jsonld of ${label} is a schema.org Event with a subEvent per dated session`, needs, () => {
    const parsed = parse(file);
    const ld = JSON.parse(exportAs('jsonld', file));
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'Event');
    assert.equal(typeof ld.name, 'string');
    const dated = parsed.sessions.filter((s) => s.date !== null);
    assert.equal(ld.subEvent.length, dated.length);
    if (dated.length > 0) assert.match(ld.startDate, /^\d{4}-\d{2}-\d{2}/);
    ld.subEvent.forEach((event, i) => {
      const s = dated[i];
      assert.equal(event['@type'], 'Event');
      assert.equal(event.name, s.title);
      assert.equal(event.identifier, s.id);
      assert.match(event['@id'], /^urn:uuid:[0-9a-f-]{36}$/);
      if (s.utcStart !== null) {
        assert.match(event.startDate, /[+-]\d{2}:\d{2}$/, 'startDate carries the offset');
        assert.equal(Date.parse(event.startDate) / 1000, Date.parse(s.utcStart) / 1000, 'the same instant');
      }
      if (s.utcEnd !== null) {  // an end equal to the start is an instant (core/include/talkboard/time/session_span.h)
        assert.equal(Date.parse(event.endDate), Date.parse(s.utcEnd), 'endDate is the end instant');
        assert.ok(Date.parse(event.endDate) >= Date.parse(event.startDate));
      }
      assert.equal(event.url, s.url ?? undefined);
      if (s.room) assert.deepEqual(event.location, { '@type': 'Place', name: s.room });
      assert.equal((event.performer || []).length, s.speakers.length);
      (event.performer || []).forEach((person, j) => {
        assert.equal(person['@type'], 'Person');
        assert.equal(person.name, s.speakers[j].name);
        if (s.speakers[j].org) assert.deepEqual(person.affiliation, { '@type': 'Organization', name: s.speakers[j].org });
      });
    });
  });
}

for (const file of imports) {
  const label = relative(projectDir, file);
  test(`ics export of the imported ${label} reads back in ical.js`, needs, () => {
    const parsed = parse(file);
    const calendar = new ICAL.Component(ICAL.parse(exportAs('ics', file)));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const dated = parsed.sessions.filter((s) => s.date !== null);
    assert.equal(events.length, dated.length);
    events.forEach((event, i) => {
      assert.equal(event.summary, dated[i].title);
      if (dated[i].utcStart !== null) assert.equal(event.startDate.toUnixTime(), Date.parse(dated[i].utcStart) / 1000);
      if (dated[i].utcEnd !== null) assert.equal(event.endDate.toUnixTime(), Date.parse(dated[i].utcEnd) / 1000);
    });
  });
}

test('imported fixtures: counts, rooms and tracks', needs, () => {
  const counts = { 'frab-small.json': 4, 'schedule2-small.json': 2, 'pretalx-widget.json': 2 };
  for (const [name, count] of Object.entries(counts)) {
    const parsed = parse(join(interopDir, name));
    assert.equal(parsed.sessions.length, count, name);
    assert.ok(parsed.sessions.every((s) => typeof s.room === 'string'), `${name}: every session has a room`);
  }
});

test('the real exports import without error, with their event counts', needsSharedToo, () => {
  for (const [name, count] of [['pretalx-democon.json', 36], ['hub-schedule2.json', 2]]) {
    const r = spawnSync(cli, ['lint', join(formatsDir, name)], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`: ${count} sessions, 0 warnings, 0 errors`), name);
    const parsed = parse(join(formatsDir, name));
    assert.equal(parsed.sessions.length, count, name);
    assert.ok(parsed.sessions.every((s) => s.utcStart !== null), `${name}: every event has a UTC start`);
  }
});

test('a 1,000+ event frab schedule imports and exports (generated)', needs, () => {
  const days = [];
  let id = 0;
  for (let d = 0; d < 3; d++) {
    const date = `2024-09-0${d + 2}`;
    const rooms = {};
    for (let r = 0; r < 4; r++) {
      rooms[`Room ${r}`] = Array.from({ length: 90 }, (_, slot) => {
        id++;
        const minutes = 9 * 60 + slot * 5;
        const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        return { id, guid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, date: `${date}T${hhmm}:00+02:00`,
          start: hhmm, duration: '00:05', room: `Room ${r}`, title: `Event ${id}`, track: r % 2 ? 'Odd' : null,
          type: 'talk', persons: [{ public_name: `Person ${id % 50}`, id: id % 50 + 1 }], abstract: '', url: `https://example.org/e/${id}` };
      });
    }
    days.push({ index: d + 1, date, day_start: `${date}T08:00:00+02:00`, day_end: `${date}T23:00:00+02:00`, rooms });
  }
  const file = join(scratch, 'large.json');
  writeFileSync(file, JSON.stringify({ schedule: { version: '1', conference: { acronym: 'large', title: 'Large',
    start: '2024-09-02', end: '2024-09-04', daysCount: 3, timeslot_duration: '00:05', time_zone_name: 'Europe/Berlin', days } } }));
  const parsed = parse(file);
  assert.equal(parsed.sessions.length, 1080);
  assert.equal(new Set(parsed.sessions.map((s) => s.id)).size, 1080);
  assert.equal(new Set(parsed.sessions.map((s) => s.section)).size, 3);  // 'Odd', 'Room 0', 'Room 2' (no track)
  const exported = JSON.parse(exportAs('frab-json', file));
  if (validate) assert.ok(validate(exported), errorsOf(validate));
});
