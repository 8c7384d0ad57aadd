// "My schedule" favourites in localStorage, under a key per post. Storage is never fatal: a value
// that cannot be read or written gives a message for the reader, and favourites then last as long
// as the page.

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
    return { ids: new Set(), problem: 'Saved favourites could not be read; starting with none.' };
  }
}

/** Stores `ids` for the post `postKey`; returns null, or a message when the browser refused. */
export function saveFavorites(postKey, ids) {
  try {
    window.localStorage.setItem(storageKey(postKey), JSON.stringify([...ids]));
    return null;
  } catch {
    return 'Favourites cannot be saved in this browser; they last until you leave the page.';
  }
}
