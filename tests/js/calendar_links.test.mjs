// web/src/calendar-links.js: the Google Calendar and Outlook URL templates and the webcal: form,
// read back with URL/URLSearchParams as the services would read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../../web/src/calendar-links.js';

const talk = {
  title: 'Cilium & eBPF: 100% "fast"', start: '2024-03-19T08:50:00Z', end: '2024-03-19T09:15:00Z',
  details: 'Joe Stringer (Isovalent)\n\nhttps://example.org/t?a=1&b=2', location: 'Room 7.3, Paris',
};
const params = (href) => Object.fromEntries(new URL(href).searchParams);

test('Google Calendar: UTC times in basic form, every text field encoded', () => {
  const url = new URL(googleCalendarUrl(talk));
  assert.equal(url.origin + url.pathname, 'https://calendar.google.com/calendar/render');
  assert.deepEqual(params(url.href), {
    action: 'TEMPLATE', text: talk.title, dates: '20240319T085000Z/20240319T091500Z', details: talk.details, location: talk.location,
  });
});

test('Google Calendar: floating times and all-day dates', () => {
  assert.equal(params(googleCalendarUrl({ title: 'T', start: '2024-03-19T09:50', end: '2024-03-19T10:15' })).dates,
    '20240319T095000/20240319T101500');
  assert.equal(params(googleCalendarUrl({ title: 'Day', allDay: true, start: '2024-02-29' })).dates, '20240229/20240301');
  assert.equal(params(googleCalendarUrl({ title: 'T', start: '2024-03-19T09:50:00Z' })).dates,
    '20240319T095000Z/20240319T095000Z', 'no end: no invented length');
  assert.ok(!('details' in params(googleCalendarUrl({ title: 'T', start: '2024-03-19T09:50:00Z' }))), 'empty fields left out');
});

test('Outlook: compose deep link with extended times, personal or work accounts', () => {
  const live = new URL(outlookCalendarUrl(talk));
  assert.equal(live.origin + live.pathname, 'https://outlook.live.com/calendar/0/deeplink/compose');
  assert.deepEqual(params(live.href), {
    path: '/calendar/action/compose', rru: 'addevent', subject: talk.title, startdt: '2024-03-19T08:50:00Z',
    enddt: '2024-03-19T09:15:00Z', body: talk.details, location: talk.location,
  });
  assert.equal(new URL(outlookCalendarUrl(talk, { service: 'office' })).host, 'outlook.office.com');
  const day = params(outlookCalendarUrl({ title: 'Day', allDay: true, start: '2024-12-31' }));
  assert.deepEqual([day.startdt, day.enddt, day.allday], ['2024-12-31', '2025-01-01', 'true']);
  assert.throws(() => outlookCalendarUrl(talk, { service: 'evil.example' }), RangeError);
});

test('malformed or mixed times are refused with the field named', () => {
  assert.throws(() => googleCalendarUrl({ title: 'T', start: 'March 19' }), /start: expected/);
  assert.throws(() => googleCalendarUrl({ title: 'T', start: '2024-03-19T09:50:00Z', end: '2024-03-19T10:00' }), /both UTC or both floating/);
  assert.throws(() => outlookCalendarUrl({ title: 'T', allDay: true, start: '2024-03-19T09:50' }), /start: expected YYYY-MM-DD/);
  assert.throws(() => googleCalendarUrl({ title: 'T' }), RangeError);
});

test('webcal: the calendar file as a subscription URL, http(s) only', () => {
  assert.equal(webcalUrl('schedule.ics', 'https://blog.example/posts/talks/'), 'webcal://blog.example/posts/talks/schedule.ics');
  assert.equal(webcalUrl('/schedule.ics', 'http://127.0.0.1:8000/x/'), 'webcal://127.0.0.1:8000/schedule.ics');
  assert.throws(() => webcalUrl('javascript:alert(1)', 'https://blog.example/'), RangeError);
  assert.throws(() => webcalUrl('file:///etc/passwd', 'https://blog.example/'), RangeError);
});
