// How a session's time reads on its card, on the clock the reader chose: the event's own time as
// the post wrote it (floating times, with no timezone, are never converted), or the reader's zone,
// converted with Intl. Zone names read as Intl gives them in the reader's locale ("CET",
// "GMT+1"), never as raw IANA names or offsets ("Europe/Berlin", "+01:00"). Intl writes them in
// the page's language (ui-strings.js uiLocale).
import { ui, uiLocale } from './ui-strings.js';

const formats = new Map();
// One Intl.DateTimeFormat per option set (they are costly to make; a render formats many times).
function format(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(uiLocale, options));
  return formats.get(key);
}

// "+01:00" -> "GMT+1", "-09:30" -> "GMT-9:30", "+00:00" -> "GMT": for an engine whose Intl does not
// take offsets as time zones.
function offsetName(offset) {
  const [, sign, hours, minutes] = /^([+-])(\d\d):?(\d\d)$/.exec(offset) || [];
  if (!sign) return offset;
  const h = Number(hours), m = Number(minutes);
  return h || m ? `GMT${sign}${h}${m ? `:${minutes}` : ''}` : 'GMT';
}

/**
 * The name readers use for the zone `tz` (as a session carries it) at instant `date`: an
 * abbreviation as written ("CET", "PDT") stays; an IANA name or a UTC offset becomes Intl's short
 * name there ("Europe/Berlin" -> "CET" or "GMT+1" by locale, "+01:00" -> "GMT+1").
 */
export function zoneLabel(tz, date) {
  if (!tz || !/\/|^[+-]\d|^(UTC|GMT|Etc)/i.test(tz)) return tz || '';
  try {
    const part = format({ timeZone: tz, timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName');
    if (part) return part.value;
  } catch { /* not a zone this engine knows */ }
  return offsetName(tz);
}

// "2024-03-20": the calendar date of `date` in the reader's zone.
function readerDate(date) {
  const parts = Object.fromEntries(format({ year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The card's time: {start, end, zone} — start "09:50" (or "Time to be announced"), end "– 10:15"
 * or "" (the range split in two, so it can stand in two lines), zone "CET" or "" — or null when
 * there is nothing to say (an undated session without a time, under the "to be announced"
 * heading). myTime: the reader's zone; dayDate: the date of the day heading the card sits under —
 * the weekday is written only when the session falls on another day than that heading says.
 */
export function sessionTime(session, { myTime, dayDate }) {
  if (myTime && session.utcStart) {
    const start = new Date(session.utcStart);
    const options = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
    const parts = session.utcEnd ? format(options).formatRangeToParts(start, new Date(session.utcEnd))
      : format(options).formatToParts(start);
    const text = (keep) => parts.filter((p) => p.type !== 'timeZoneName' && keep(p)).map((p) => p.value).join('').trim();
    const zone = parts.filter((p) => p.type === 'timeZoneName').map((p) => p.value)[0] || '';
    const weekday = readerDate(start) !== dayDate ? `${format({ weekday: 'short' }).format(start)} ` : '';
    // Intl marks which parts belong to the start; the rest (dash, end, a shared AM/PM) is the end.
    const first = parts.some((p) => p.source === 'startRange') ? text((p) => p.source === 'startRange') : text(() => true);
    return { start: weekday + first, end: parts.some((p) => p.source === 'startRange') ? text((p) => p.source !== 'startRange') : '', zone };
  }
  if (!session.start) return session.date ? { start: ui.timeTba, end: '', zone: '' } : null;
  const date = session.utcStart ? new Date(session.utcStart) : new Date();
  return { start: session.start, end: session.end ? `– ${session.end}` : '', zone: zoneLabel(session.tz, date) };
}

/** The machine-readable time of a session for <time datetime>. */
export function sessionDatetime(session) {
  return session.utcStart || (session.date && session.start ? `${session.date}T${session.start}` : session.date) || null;
}

/**
 * The UTC offset in minutes (east positive) of the reader's zone on the day `date`
 * ("2024-03-19", noon UTC; now when none): the clock the core groups days on when the reader
 * shows their own time. The event's day, not today: the offset may differ by daylight saving.
 */
export function readerOffsetMinutes(date) {
  return -new Date(date ? `${date}T12:00:00Z` : Date.now()).getTimezoneOffset();
}
