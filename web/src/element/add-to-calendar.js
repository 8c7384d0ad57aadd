// "Add to calendar" links of a session card (session-card.js): Google Calendar and Outlook on
// the web, through calendar-links.js's URL templates (no keys). Imported the first time a reader
// opens a card's disclosure, so a page pays for the templates only when they are looked at.
import { googleCalendarUrl, outlookCalendarUrl } from '../calendar-links.js';
import { el, safeHttpUrl } from './dom.js';

// The session as calendar-links.js takes it: its UTC span when its zone is known, else its floating
// local time (an end that is not after the start is past midnight: left out), else its day; null
// without a date.
function calendarEvent(s) {
  let when;
  if (s.utcStart) when = { start: s.utcStart, end: s.utcEnd || undefined };
  else if (s.date && s.start) when = { start: `${s.date}T${s.start}`, end: s.end > s.start ? `${s.date}T${s.end}` : undefined };
  else if (s.date) when = { allDay: true, start: s.date };
  else return null;
  const speakers = s.speakers.map((sp) => (sp.org ? `${sp.name} (${sp.org})` : sp.name)).join(', ');
  const url = s.url && safeHttpUrl(s.url);
  return { ...when, title: s.title, details: [speakers, url].filter(Boolean).join('\n\n'), location: s.room };
}

/**
 * "Add to calendar: Google Calendar · Outlook" for session card `s`, in the words of `ui` (the
 * page's table, ui-strings.js); null without a date.
 */
export function calendarLinks(s, ui) {
  const event = calendarEvent(s);
  if (!event) return null;
  const link = (href, text) => el('a', { href, rel: 'noopener', target: '_blank', text, 'aria-label': ui.addTo(s.title, text) });
  return el('p', { class: 'tb-add' }, `${ui.addToCalendar}: `, link(googleCalendarUrl(event), 'Google Calendar'), ' · ',
    link(outlookCalendarUrl(event), 'Outlook'));
}
