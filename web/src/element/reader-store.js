// What a reader keeps between visits, in localStorage: "my schedule" favourites under a key per
// post, and the clock they chose (the event's time or their own), one choice for every board of
// the site. Storage is never fatal: favourites that cannot be read or written give a message for
// the reader and then last as long as the page; a clock choice that cannot be kept is simply
// asked again.
import { ui } from './ui-strings.js';

const storageKey = (postKey) => `talkboard:favorites:${postKey}`;

/** The favourites stored for the post `postKey`: {ids: Set of session ids, problem: message or null}. */
export function readFavorites(postKey) {
  try {
    const stored = window.localStorage.getItem(storageKey(postKey));
    if (!stored) return { ids: new Set(), problem: null };
    const ids = JSON.parse(stored);
    if (!Array.isArray(ids)) throw new Error('not a list');
    return { ids: new Set(ids.filter((id) => typeof id === 'string')), problem: null };
  } catch {
    return { ids: new Set(), problem: ui.favouritesUnreadable };
  }
}

/** Stores `ids` for the post `postKey`; returns null, or a message when the browser refused. */
export function saveFavorites(postKey, ids) {
  try {
    window.localStorage.setItem(storageKey(postKey), JSON.stringify([...ids]));
    return null;
  } catch {
    return ui.favouritesUnsaved;
  }
}

const TIME_KEY = 'talkboard:time';

/** The clock the reader chose last: true for their own time, false for the event's, null if never. */
export function readTimeChoice() {
  try {
    const stored = window.localStorage.getItem(TIME_KEY);
    return stored === 'mine' ? true : stored === 'event' ? false : null;
  } catch {
    return null;
  }
}

/** Remembers the clock choice (true: the reader's own time). */
export function saveTimeChoice(myTime) {
  try { window.localStorage.setItem(TIME_KEY, myTime ? 'mine' : 'event'); } catch { /* asked again next visit */ }
}
