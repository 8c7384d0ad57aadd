// The element's words, one table: every key in English here, and a German column
// (ui-strings-de.js) chosen by the page's language (the `lang` of <html>: "de", "de-AT", ... read
// German, anything else English). The German words are imported only on a German page
// (loadUiStrings, awaited before a board builds), so an English page does not download them.
// Dates and times go through Intl in the page's language (uiLocale). Text from the post (titles,
// names) and the core's own labels (a session's kind) are not translated here.
//
// Every module reads `ui` (the page's words); the views loaded on demand get it from the element,
// so that the table ships once, in talkboard.js.

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export const EN = {
  search: 'Search',
  searchPlaceholder: 'Talks, speakers, companies…',
  skip: 'Skip to the sessions',
  mine: 'My schedule only',
  mineCount: (n) => `My schedule only (${n})`,
  myTime: 'Show my time',
  hidePast: 'Hide past',
  downloadAll: 'Download calendar (.ics)',
  downloadMine: 'Download my schedule (.ics)',
  share: 'Share my schedule',
  subscribe: 'Subscribe to calendar',
  filters: 'Filters',
  filtersActive: (n) => `Filters (${n} active)`,
  showSessions: (n) => `Show ${plural(n, 'session', 'sessions')}`,
  shown: (n, total) => `${plural(n, 'session', 'sessions')} shown${n < total ? ` of ${total}` : ''}`,
  reading: 'Reading the rest of the schedule…',
  view: 'View',
  views: { list: 'List', timetable: 'Timetable', speakers: 'Speakers' },
  legend: { day: 'Day', kind: 'Kind', section: 'Section', speaker: 'Speaker', org: 'Organization', room: 'Room', track: 'Track', language: 'Language' },
  showAll: { day: 'Show all days', kind: 'Show all kinds', section: 'Show all sections', speaker: 'Show all speakers',
    org: 'Show all organizations', room: 'Show all rooms', track: 'Show all tracks', language: 'Show all languages' },
  filteredBy: 'Filtered by:',
  removeFilter: (legend, label) => `Remove filter ${legend}: ${label}`,
  clearAll: 'Clear all',
  searchLegend: 'Search',
  onlyLegend: 'Only',
  mySchedule: 'My schedule',
  timeLegend: 'Time',
  pastHidden: 'Past sessions hidden',
  onNow: 'On now',
  next: 'Next',
  jumpToNow: 'Jump to now',
  now: 'Now',
  dateTba: 'Date to be announced',
  timeTba: 'Time to be announced',
  addToIcs: (title) => `Add ${title} to my calendar (.ics)`,
  addToIcsTip: 'Add to my calendar (.ics)',
  star: (title) => `Star ${title}`,
  starTipOn: 'Remove from my schedule',
  starTipOff: 'Add to my schedule',
  overlaps: (titles) => `Overlaps with ${titles}`,
  abstract: 'Abstract',
  addToCalendar: 'Add to calendar',
  addTo: (title, service) => `Add ${title} to ${service}`,
  resource: { video: 'Recording', slides: 'Slides' },
  noStarred: 'No starred sessions yet: star a talk to add it to your schedule.',
  allOver: 'The event is over: every session has ended.',
  matchesOver: 'Every session that matches has ended.',
  showPast: 'Show past sessions',
  noMatch: 'No sessions match. Try fewer filters or another search.',
  unavailable: 'The interactive schedule is not available for this post.',
  starFirst: 'Star some sessions first, then share them.',
  emptyCalendar: 'Your schedule is empty, so there is no calendar to download: star ☆ the sessions you want first.',
  sharedOffer: (n, named) => `This link shares ${plural(n, 'starred session', 'starred sessions')}: ${named}. `,
  andMore: (n) => `; and ${n} more`,
  addToSchedule: 'Add to my schedule',
  dismiss: 'Dismiss',
  shareLinkLabel: 'Link to my schedule',
  shareLink: 'Link to your schedule: ',
  timetableOf: (day) => `Timetable, ${day}`,
  tooMany: (n) => `Too many sessions for a timetable (${n}): choose a day, a room or a search first.`,
  otherColumn: 'Other',
  favouritesUnreadable: 'Saved favourites could not be read; starting with none.',
  favouritesUnsaved: 'Favourites cannot be saved in this browser; they last until you leave the page.',
};

/** The page's language tag (<html lang>), or undefined: Intl then uses the browser's. */
export const uiLocale = (typeof document !== 'undefined' && document.documentElement.lang) || undefined;

/** The page's words: English until loadUiStrings has put the page's language in. */
export const ui = { ...EN };

let loaded = null;
/** Puts the words of the page's language into `ui` (once; resolves at once for English). */
export function loadUiStrings() {
  if (!loaded) {
    loaded = /^de\b/i.test(uiLocale || '') ? import('./ui-strings-de.js').then((m) => { Object.assign(ui, m.DE); }) : Promise.resolve();
  }
  return loaded;
}

const dayFormat = new Intl.DateTimeFormat(uiLocale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2024-03-19" as the page's language writes a day: "Tuesday, March 19", "Dienstag, 19. März". */
export function dayLabel(date) {
  const [year, month, day] = date.split('-').map(Number);
  return dayFormat.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A language code ("de") by its name in the page's language ("German", "Deutsch"); the code when unknown. */
export function languageName(code) {
  try {
    return new Intl.DisplayNames(uiLocale ? [uiLocale] : undefined, { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}
