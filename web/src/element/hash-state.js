// A board's reader state in the URL hash, as pure functions of strings (tested in Node:
// tests/js/hash_state.test.mjs). The element decides when to read and write; this module only
// says what the hash holds.
//
// Keys: q (search), one key per filter dimension (repeated: day=A&day=B), mine (my schedule only),
// time (the clock shown: `mine` for the reader's own zone, `event` for the event's), open (the
// session whose abstract the reader opened), shared (a share link's session ids, comma-separated),
// view (`timetable` or `speakers`; absent: the list).
//
// Several boards can share a page (and so one URL hash). A board with an `id` keeps its keys under
// the prefix `ID.` (`#talks.q=ebpf&talks.day=...`); a board without an id uses the bare keys, and
// only the first such board on the page reads and writes them. Every board leaves the other
// boards' keys in the hash untouched.

/**
 * The prefix of a board's keys: `ID.` for a board with an id, '' for the first board without one,
 * null for any other board without an id (it stays out of the hash).
 */
export function hashPrefix(id, isFirstWithoutId) {
  if (id) return `${id}.`;
  return isFirstWithoutId ? '' : null;
}

/** The board's views: the list (the default), the timetable and the speakers. */
export const VIEWS = ['list', 'timetable', 'speakers'];

const ownsKey = (key, prefix) => (prefix ? key.startsWith(prefix) : !key.includes('.'));

/** This board's keys of `hash` (with or without the leading '#'), prefix removed, in order. */
export function boardParams(hash, prefix) {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    if (ownsKey(key, prefix)) params.append(key.slice(prefix.length), value);
  }
  return params;
}

/**
 * The state a board's params describe: {text, selected: {key: [values]}, mine, myTime, open,
 * shared, view}, with a (possibly empty) list for each of `dimensionKeys`; myTime is null when the
 * hash does not say (the reader's remembered choice then holds), open and shared are null when
 * absent; view is one of VIEWS ('list' when absent or unknown).
 */
export function readBoardState(params, dimensionKeys) {
  const time = params.get('time');
  return {
    text: params.get('q') || '',
    selected: Object.fromEntries(dimensionKeys.map((key) => [key, params.getAll(key)])),
    mine: params.has('mine'),
    myTime: time === 'mine' ? true : time === 'event' ? false : null,
    open: params.get('open'),
    shared: params.get('shared') || null,
    view: VIEWS.includes(params.get('view')) ? params.get('view') : 'list',
  };
}

/** The params that describe `state` (the inverse of readBoardState; empty parts are left out). */
export function boardStateParams(state, dimensionKeys) {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  for (const key of dimensionKeys) for (const value of state.selected[key] || []) params.append(key, value);
  if (state.mine) params.set('mine', '1');
  if (state.myTime) params.set('time', 'mine');
  if (state.open) params.set('open', state.open);
  if (state.shared) params.set('shared', state.shared);
  if (state.view && state.view !== 'list') params.set('view', state.view);
  return params;
}

/** `hash` (without '#') with this board's keys replaced by `params`; other boards' keys kept. */
export function replaceBoardParams(hash, prefix, params) {
  const all = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    if (!ownsKey(key, prefix)) all.append(key, value);
  }
  for (const [key, value] of params) all.append(prefix + key, value);
  return all.toString();
}

/** The hash of a share link for `ids` (session ids): `shared=ID,ID` under the board's prefix. */
export function shareHash(prefix, ids) {
  return new URLSearchParams({ [`${prefix || ''}shared`]: ids.join(',') }).toString();
}
