// The element's one door to the core: every call on the wasm Board goes through this module, so
// a change in how the core is reached (a worker, asynchronous calls) stays here. The element asks
// for sessions, queries, highlights and calendars; it never parses, filters or sorts itself.
import { coreKindFor, loadCore } from '../core-loader.js';

export class ScheduleData {
  constructor(board) {
    this._board = board;
    // Sessions are read from the core when a row shows them (session()), not all up front: at
    // 10,000 sessions the whole schedule's JSON was a fifth of the first render.
    this.post = JSON.parse(board.post());
    const ids = JSON.parse(board.sessionIds());
    this._sessions = new Array(ids.length);
    this._idToIndex = new Map(ids.map((id, i) => [id, i]));
    /** How many sessions the schedule has. */
    this.count = ids.length;
    /** The values of each filter dimension, {day: [{value, label}], kind: [...], ...}. */
    this.values = JSON.parse(board.dimensionValues());
    this._labels = Object.fromEntries(Object.entries(this.values).map(([key, list]) => [key, new Map(list.map((v) => [v.value, v.label]))]));
    // Per dimension, whether choosing a value can narrow the list: not when the dimension has one
    // value that every session has (one room, one day), as the empty query's facets tell.
    const all = board.query({});
    /** {key: boolean}: false for a dimension whose filter could never change what is shown. */
    this.narrows = Object.fromEntries(Object.entries(this.values).map(([key, list]) =>
      [key, list.length > 1 || (list.length === 1 && all.facets[key][0] < all.total)]));
  }

  /** The label of a dimension's value ("2024-03-19" -> "Tuesday, March 19"); the value when unknown. */
  labelOf(key, value) { return (this._labels[key] && this._labels[key].get(value)) || value; }

  /** Whether the schedule has a session with this id. */
  has(id) { return this._idToIndex.has(id); }

  /** The index of the session with this id (undefined when there is none). */
  indexOf(id) { return this._idToIndex.get(id); }

  /** Session `index` as the core's JSON reads (DESIGN.md's session object), read once. */
  session(index) {
    return this._sessions[index] ??= JSON.parse(this._board.session(index));
  }

  /** The human label of a kind (`lightning_talk` -> "Lightning Talk"). */
  kindLabel(kind) { return this.labelOf('kind', kind); }

  /** The core's answer to a query (core-loader.js Board.query: sessions, facets, groups, ...). */
  query(query) { return this._board.query(query); }

  /**
   * The highlight ranges of a search, for the rows rendered: those of `first` (session indices) in
   * one call now, any other session's in a call of its own when asked. Returns index -> ranges
   * (undefined when `text` is null: no search).
   */
  highlighter(text, first) {
    if (text === null) return () => undefined;
    const known = new Map();
    for (const h of this._board.highlights(text, first)) known.set(h.session, h);
    return (index) => {
      if (!known.has(index)) known.set(index, this._board.highlights(text, [index])[0]);
      return known.get(index);
    };
  }

  icsAll() { return this._board.icsAll(); }
  icsFavorites(ids) { return this._board.icsFavorites(ids); }
  icsSession(index) { return this._board.icsSession(index); }

  dispose() { this._board.delete(); }
}

/**
 * Reads `text` (a post or a JSON schedule) with the core it needs. Resolves with a ScheduleData,
 * or null when `isCurrent()` says the caller no longer wants it; rejects with the core's error
 * message (not UTF-8, no sessions, too large, ...) or a load failure.
 */
export async function openSchedule(text, isCurrent) {
  const core = await loadCore(coreKindFor(text));
  if (!isCurrent()) return null;
  // User Timing marks (DevTools "Timings"): where a big post's first render goes.
  const started = performance.now();
  const board = new core.Board();
  const loaded = JSON.parse(board.load(text));
  performance.measure('talkboard:parse', { start: started });
  if (!loaded.ok) {
    board.delete();
    throw new Error(loaded.error.message);
  }
  const data = new ScheduleData(board);
  data.loadStarted = started;  // the start of the User Timing measures of the first render
  return data;
}
