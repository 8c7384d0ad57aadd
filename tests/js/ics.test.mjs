// `talkboard ics` read back by an independent iCalendar parser (ical.js) and checked against
// `talkboard parse` of the same post: one VEVENT per dated session, same title, same instants.
// Then the live-calendar fields: LOCATION of imported schedules, UIDs that survive an edit,
// SEQUENCE / LAST-MODIFIED revised against the previous calendar (`--previous`), and the
// schedule.ics the build writes beside the demo post.
//
// Posts: web/demo/kubecon-eu-2024.md, tests/fixtures/equal-times.md and, when ../shared is there,
// every ../shared/corpus/posts/*.md. The CLI, build/web and ../shared are found, and their absence
// handled, by tests/prerequisites.mjs.
// Run: node --test tests/js/ics.test.mjs
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { cliPath as cli, needsCli, needsShared, needsWeb, projectDir, sharedDir, webDir } from '../prerequisites.mjs';

const skip = needsCli();

function postsUnderTest() {
  const posts = [join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'),
    join(projectDir, 'tests', 'fixtures', 'equal-times.md')];  // instants: no DTEND
  if (!needsShared('corpus/posts')) {
    const corpus = join(sharedDir, 'corpus', 'posts');
    for (const name of readdirSync(corpus).sort()) if (name.endsWith('.md')) posts.push(join(corpus, name));
  }
  return posts;
}

function run(command, file, ...options) {
  return execFileSync(cli, [command, ...options, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

// `talkboard ics --previous PREVIOUS FILE` at the build time `epoch` (SOURCE_DATE_EPOCH).
function publish(file, previous, epoch) {
  return execFileSync(cli, ['ics', '--previous', previous, file], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) },
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'talkboard-ics-'));
after(() => rmSync(scratch, { recursive: true, force: true }));  // leave no scratch behind in the shared tmp
const scratchFile = (name, text) => { const path = join(scratch, name); writeFileSync(path, text); return path; };
const eventsOf = (ics) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
const lastModified = (event) => event.component.getFirstPropertyValue('last-modified').toUnixTime();

const minutesOf = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// A local wall-clock time as comparable fields: a date plus minutes that may spill into next days.
function wallClock(date, minutes) {
  const [year, month, day] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day) + minutes * 60000);
  return {
    year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(),
  };
}

const fieldsOf = (time) => ({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute });
const unixOf = (iso) => Date.parse(iso) / 1000;

function checkEventTimes(event, session, label) {
  const { startDate, endDate } = event;
  if (session.start === null) {
    // All-day: DATE values, ending (exclusively) the next day.
    assert.ok(startDate.isDate, `${label}: all-day start is a DATE`);
    assert.deepEqual(fieldsOf(startDate), { ...wallClock(session.date, 0), hour: 0, minute: 0 }, `${label}: date`);
    assert.deepEqual(fieldsOf(endDate), { ...wallClock(session.date, 1440), hour: 0, minute: 0 }, `${label}: end date`);
    return;
  }
  assert.ok(!startDate.isDate, `${label}: a timed session is a DATE-TIME`);
  const start = minutesOf(session.start);
  // Length in minutes from the local times (core/include/talkboard/time/session_span.h): an end
  // before the start is on the next day, an end equal to the start is an instant.
  const length = session.end === null ? 0 : (minutesOf(session.end) - start + 1440) % 1440;

  if (session.utcStart !== null) {
    assert.equal(startDate.zone.tzid, 'UTC', `${label}: DTSTART in UTC`);
    assert.equal(startDate.toUnixTime(), unixOf(session.utcStart), `${label}: start instant`);
    const expectedEnd = session.utcEnd !== null ? unixOf(session.utcEnd) : unixOf(session.utcStart) + length * 60;
    assert.equal(endDate.toUnixTime(), expectedEnd, `${label}: end instant`);
  } else {
    // Floating: no zone; compare as wall-clock fields, independent of the machine's timezone.
    assert.equal(startDate.zone.tzid, 'floating', `${label}: DTSTART floating`);
    assert.deepEqual(fieldsOf(startDate), wallClock(session.date, start), `${label}: start wall-clock`);
    assert.equal(endDate.zone.tzid, 'floating', `${label}: DTEND floating`);
    assert.deepEqual(fieldsOf(endDate), wallClock(session.date, start + length), `${label}: end wall-clock`);
  }
}

// RFC 5545 3.1 at the byte level: CRLF only, lines of at most 75 octets, each valid UTF-8 on its own.
function checkLines(ics, label) {
  const bytes = Buffer.from(ics, 'utf8');
  assert.ok(ics.endsWith('\r\n'), `${label}: ends with CRLF`);
  assert.doesNotMatch(ics, /\r(?!\n)|(?<!\r)\n/, `${label}: no bare CR or LF`);
  let from = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
    const line = bytes.subarray(from, i);
    assert.ok(line.length <= 75, `${label}: line of ${line.length} octets: ${line.toString()}`);
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(line),
      `${label}: a fold split a UTF-8 sequence: ${line.toString()}`);
    from = i + 2;
  }
}

const posts = postsUnderTest();

test('the corpus posts are exported too, when ../shared is there', { skip: needsShared('corpus/posts') }, () => {
  assert.ok(posts.length > 2, `no posts in ${join(sharedDir, 'corpus', 'posts')}`);
});

for (const post of posts) {
  const label = relative(projectDir, post);
  test(`talkboard ics ${label} reads back as the parsed schedule`, { skip }, () => {
    const parsed = JSON.parse(run('parse', post));
    const ics = run('ics', post);
    checkLines(ics, label);

    const calendar = new ICAL.Component(ICAL.parse(ics));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//talkboard//talkboard//EN');
    if (typeof parsed.post.title === 'string' && parsed.post.title !== '') {
      // An X- property is TEXT by default (RFC 5545 3.8.8.2), but ical.js leaves unknown ones escaped.
      const calname = calendar.getFirstPropertyValue('x-wr-calname').replace(/\\([\\;,nN])/g,
        (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
      assert.equal(calname, parsed.post.title);
    }

    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const dated = parsed.sessions.filter((session) => session.date !== null);
    assert.equal(events.length, dated.length, 'one VEVENT per dated session');
    assert.equal(new Set(events.map((event) => event.uid)).size, events.length, 'UIDs are unique');

    dated.forEach((session, index) => {
      const event = events[index];
      const where = `${label} session ${session.id}`;
      assert.match(event.uid, /^[0-9a-f]{12}(-[0-9]+)?@talkboard$/, `${where}: UID`);
      assert.equal(event.summary, session.title, `${where}: SUMMARY`);
      const stamp = event.component.getFirstPropertyValue('dtstamp');
      assert.ok(stamp, `${where}: DTSTAMP`);
      assert.equal(event.sequence, 0, `${where}: a first revision`);
      assert.equal(lastModified(event), stamp.toUnixTime(), `${where}: LAST-MODIFIED is DTSTAMP`);
      assert.equal(event.location, null, `${where}: a post's session has no room`);
      if (session.url !== null) {
        assert.equal(event.component.getFirstPropertyValue('url'), session.url, `${where}: URL`);
        assert.ok(event.description.includes(session.url), `${where}: DESCRIPTION has the link`);
      }
      if (session.kind !== null) {
        assert.equal(event.component.getFirstPropertyValue('categories'), session.kind, `${where}: CATEGORIES`);
      }
      if (session.abstract) {
        assert.ok(event.description.includes(session.abstract), `${where}: DESCRIPTION has the abstract`);
      }
      for (const speaker of session.speakers) {
        assert.ok(event.description.includes(speaker.name), `${where}: DESCRIPTION names ${speaker.name}`);
      }
      checkEventTimes(event, session, where);
    });

    assert.equal(run('ics', post), ics, 'the same post exports the same bytes');
  });
}

test('an imported schedule\'s events carry the room as LOCATION', { skip }, () => {
  const schedule = join(projectDir, 'tests', 'fixtures', 'interop', 'frab-rooms.json');
  const parsed = JSON.parse(run('parse', schedule));
  const events = eventsOf(run('export', schedule, '--format', 'ics'));
  const dated = parsed.sessions.filter((session) => session.date !== null);
  assert.equal(events.length, dated.length);
  assert.ok(dated.some((session) => session.room === 'Ström Saal'), 'the fixture has a room with a non-ASCII name');
  dated.forEach((session, index) => assert.equal(events[index].location, session.room, `${session.title}: LOCATION`));
});

test('a post\'s frontmatter location is the LOCATION of its events', { skip }, () => {
  const post = scratchFile('venue.md', readFileSync(join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md'), 'utf8')
    .replace(/^date: /m, "location: 'Paris Expo Porte de Versailles, Paris'\ndate: "));
  const events = eventsOf(run('ics', post));
  assert.ok(events.length > 0);
  for (const event of events) assert.equal(event.location, 'Paris Expo Porte de Versailles, Paris');
});

// The demo post, edited as an author would: one talk moved and retitled, one dropped, one added.
test('a republished calendar: UIDs follow the talks, SEQUENCE counts the edits, dropped talks are cancelled', { skip }, () => {
  const demo = join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md');
  const original = readFileSync(demo, 'utf8');
  const first = publish(demo, scratchFile('empty.ics', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'), 1711000000);
  const before = eventsOf(first);
  assert.ok(before.length >= 4, 'the demo has talks to edit');
  assert.equal(new ICAL.Component(ICAL.parse(first)).getFirstPropertyValue('refresh-interval').toString(), 'PT1H');
  assert.equal(publish(demo, scratchFile('first.ics', first), 1712000000), first, 'unchanged: the same bytes');

  const [moved, dropped] = [before[1], before[2]];
  const movedTitle = `${moved.summary} (moved)`;
  const edited = original
    .replace(moved.summary, movedTitle)
    .replace('Tuesday, March 19, 2024, 09:50 - 10:15 CET', 'Tuesday, March 19, 2024, 16:00 - 16:25 CET')
    .replace(new RegExp(`\\[[^\\n]*${dropped.summary.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*\\n`), '')
    + '\n[A New Talk - Ann Other, Example](https://example.org/new-talk)\n\nWednesday, March 20, 2024, 09:00 - 09:30 CET\n';
  assert.notEqual(edited, original);
  const second = publish(scratchFile('edited.md', edited), scratchFile('first.ics', first), 1712000000);
  const after = new Map(eventsOf(second).map((event) => [event.uid, event]));

  const movedAfter = after.get(moved.uid);
  assert.ok(movedAfter, 'the moved talk keeps its UID');
  assert.equal(movedAfter.summary, movedTitle);
  assert.equal(movedAfter.startDate.toUnixTime(), Date.parse('2024-03-19T15:00:00Z') / 1000);
  assert.equal(movedAfter.sequence, 1);
  assert.equal(lastModified(movedAfter), 1712000000);

  const droppedAfter = after.get(dropped.uid);
  assert.ok(droppedAfter, 'the dropped talk is still in the calendar');
  assert.equal(droppedAfter.component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(droppedAfter.sequence, 1);
  assert.equal(droppedAfter.summary, dropped.summary);

  const added = [...after.values()].find((event) => event.summary === 'A New Talk');
  assert.ok(added, 'the new talk is in the calendar');
  assert.equal(added.sequence, 0);
  assert.equal(lastModified(added), 1712000000);

  for (const event of before) {
    if (event.uid === moved.uid || event.uid === dropped.uid) continue;
    const same = after.get(event.uid);
    assert.ok(same, `${event.summary}: still there`);
    assert.equal(same.sequence, 0, `${event.summary}: not edited, SEQUENCE stays`);
    assert.equal(lastModified(same), lastModified(event), `${event.summary}: LAST-MODIFIED stays`);
  }
  assert.equal(after.size, before.length + 1, 'every talk once, plus the new one');
});

test('the build writes schedule.ics beside the demo post: the post\'s calendar, for subscribing',
  { skip: skip || needsWeb('schedule.ics') }, () => {
  const site = webDir;
  const published = readFileSync(join(site, 'schedule.ics'), 'utf8');
  checkLines(published, 'build/web/schedule.ics');
  const post = join(projectDir, 'web', 'demo', 'kubecon-eu-2024.md');
  const expected = eventsOf(run('ics', post));
  const events = eventsOf(published).filter((event) => event.component.getFirstPropertyValue('status') !== 'CANCELLED');
  assert.deepEqual(events.map((event) => [event.uid, event.summary, event.startDate.toUnixTime()]),
    expected.map((event) => [event.uid, event.summary, event.startDate.toUnixTime()]));
  assert.ok(readFileSync(join(site, 'index.html'), 'utf8').includes('schedule.ics'), 'the demo page links to it');
});
