// `talkboard ics` read back by an independent iCalendar parser (ical.js) and checked against
// `talkboard parse` of the same post: one VEVENT per dated session, same title, same instants.
//
// Posts: web/demo/kubecon-eu-2024.md, tests/fixtures/equal-times.md and, when ../shared is there,
// every ../shared/corpus/posts/*.md. The CLI and ../shared are found, and their absence handled,
// by tests/prerequisites.mjs.
// Run: node --test tests/js/ics.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { cliPath as cli, needsCli, needsShared, projectDir, sharedDir } from '../prerequisites.mjs';

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

function run(command, file) {
  return execFileSync(cli, [command, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

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

// The UID the exporter gives each session: "<id>@talkboard", a repeated id suffixed "-2", "-3", ...
function expectedUids(sessions) {
  const seen = new Map();
  return sessions.map((session, index) => {
    const id = session.id || `session-${index + 1}`;
    const count = (seen.get(session.id) ?? 0) + 1;
    seen.set(session.id, count);
    return `${id}${count > 1 ? `-${count}` : ''}@talkboard`;
  });
}

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
    const uids = expectedUids(parsed.sessions);
    const dated = parsed.sessions.map((session, index) => ({ session, uid: uids[index] }))
      .filter(({ session }) => session.date !== null);
    assert.equal(events.length, dated.length, 'one VEVENT per dated session');
    assert.equal(new Set(events.map((event) => event.uid)).size, events.length, 'UIDs are unique');

    dated.forEach(({ session, uid }, index) => {
      const event = events[index];
      const where = `${label} session ${session.id}`;
      assert.equal(event.uid, uid, `${where}: UID`);
      assert.equal(event.summary, session.title, `${where}: SUMMARY`);
      assert.ok(event.component.getFirstPropertyValue('dtstamp'), `${where}: DTSTAMP`);
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
