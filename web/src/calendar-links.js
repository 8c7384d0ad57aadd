// "Add to calendar" links without API keys: the URL templates of Google Calendar and Outlook on
// the web, and the webcal: form of a published .ics for subscribing. Pure functions, no DOM.
// The event's span comes resolved from the core (the element does not decide that an end before
// the start is on the next day); this module only writes it the way each service reads it.
//
// event: {title, start, end, allDay, details, location}
//   timed:   start/end "YYYY-MM-DDTHH:MM[:SS]Z" (UTC), or without the "Z" for floating local time
//            (both then floating: the reader's calendar puts it in their own zone); end optional
//   all-day: allDay true, start/end "YYYY-MM-DD", end exclusive (optional: one day)
// Throws a RangeError naming the field when a date is not of that form.

const UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z?)$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(value, field, allDay) {
  const match = typeof value === 'string' ? value.match(allDay ? DAY : UTC) : null;
  if (!match) throw new RangeError(`${field}: expected ${allDay ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:MM[:SS][Z]'}, got ${String(value)}`);
  const [, year, month, day, hour = '00', minute = '00', second = '00', zulu = ''] = match;
  return { year, month, day, hour, minute, second: second || '00', utc: zulu === 'Z' };
}

function span(event) {
  const allDay = Boolean(event.allDay);
  const start = parts(event.start, 'start', allDay);
  let end = event.end == null ? null : parts(event.end, 'end', allDay);
  if (!allDay && end && end.utc !== start.utc) throw new RangeError('start and end: both UTC or both floating');
  if (allDay && !end) {
    const next = new Date(Date.UTC(+start.year, +start.month - 1, +start.day + 1));
    end = parts(next.toISOString().slice(0, 10), 'end', true);
  }
  return { allDay, start, end: end || start };
}

const basic = (p, allDay) => (allDay ? `${p.year}${p.month}${p.day}` : `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}${p.utc ? 'Z' : ''}`);
const extended = (p, allDay) => (allDay ? `${p.year}-${p.month}-${p.day}` : `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.utc ? 'Z' : ''}`);

function withParams(base, params) {
  const url = new URL(base);
  for (const [key, value] of params) if (value) url.searchParams.set(key, value);
  return url.href;
}

/** Google Calendar's event template: calendar.google.com/calendar/render?action=TEMPLATE&... */
export function googleCalendarUrl(event) {
  const { allDay, start, end } = span(event);
  return withParams('https://calendar.google.com/calendar/render', [
    ['action', 'TEMPLATE'], ['text', event.title], ['dates', `${basic(start, allDay)}/${basic(end, allDay)}`],
    ['details', event.details], ['location', event.location],
  ]);
}

/** Outlook on the web's compose deep link; service 'live' (outlook.live.com, personal accounts) or
 *  'office' (outlook.office.com, work and school accounts). */
export function outlookCalendarUrl(event, { service = 'live' } = {}) {
  if (service !== 'live' && service !== 'office') throw new RangeError(`service: 'live' or 'office', got ${service}`);
  const { allDay, start, end } = span(event);
  return withParams(`https://outlook.${service}.com/calendar/0/deeplink/compose`, [
    ['path', '/calendar/action/compose'], ['rru', 'addevent'], ['subject', event.title],
    ['startdt', extended(start, allDay)], ['enddt', extended(end, allDay)], ['allday', allDay ? 'true' : ''],
    ['body', event.details], ['location', event.location],
  ]);
}

/** The webcal: URL of a calendar file (relative to `base`, e.g. document.baseURI), which calendar
 *  apps open as a subscription. Only http(s) calendars have one. */
export function webcalUrl(href, base) {
  const url = new URL(href, base);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`not an http(s) URL: ${url.href}`);
  return `webcal:${url.href.slice(url.protocol.length)}`;
}
