// The element's one door to the core: every request to the board goes through this module.
// The core runs in the page's worker (core-loader.js), so every request is asynchronous; what the
// rows need to render synchronously (session cards, search highlights) arrives with each answer
// for its first rows and is kept here, and fetchRows brings the rest for rows scrolled to.
// The element asks; it never parses, filters, sorts or groups itself.
import { BoardClient, strictFields } from '../core-loader.js';
import { DIMENSION_KEYS } from './dimensions.js';
import { dayLabel, languageName } from './ui-strings.js';

// Cards and highlights that come with each answer: as many as the first window shows (at most
// about 13 sessions, above and below the 900 px viewport at 1280x900, 8 of them on screen) and a
// margin, so that a render rarely waits for another round trip. Each highlight costs the worker
// time on every keystroke.
const ROWS_WITH_ANSWER = 24;

/**
 * The core's Query (query.h; embind refuses one with a field missing) from the reader's state:
 * any part not given is the query that shows everything, on the event's own clock.
 */
export function coreQuery({
  text = '', selected = {}, favoritesOnly = false, favorites = [], hidePast = false, nowUtc = 0,
  zone = { eventTime: true, utcOffsetMinutes: 0 },
} = {}) {
  const chosen = {};
  for (const key of DIMENSION_KEYS) chosen[key] = [...(selected[key] || [])];
  return { text, selected: chosen, favoritesOnly, favorites: [...favorites], hidePast, nowUtc, zone };
}

export class ScheduleData {
  // everything: the facets of the query that shows every session.
  constructor(board, loaded, everything) {
    this._board = board;
    /** The post's frontmatter ({title, date, path, ...}). */
    this.post = loaded.post;
    /** How many sessions the schedule has. */
    this.size = loaded.sessions;
    /**
     * The values of each filter dimension, {day: [{value, label}], kind: [...], ...}; days and
     * languages labelled in the page's language ("Dienstag, 19. März", "Deutsch").
     */
    const relabel = (list, label) => list.map((v) => ({ value: v.value, label: label(v.value) }));
    this.values = { ...loaded.values, day: relabel(loaded.values.day, dayLabel), language: relabel(loaded.values.language, languageName) };
    this._labels = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, new Map(this.values[key].map((v) => [v.value, v.label]))]));
    /**
     * {key: boolean}: whether choosing a value of the dimension can change what is shown: not
     * when it has one value that every session has (one room, one day).
     */
    this.narrows = Object.fromEntries(DIMENSION_KEYS.map((key) => {
      const list = this.values[key];
      return [key, list.length > 1 || (list.length === 1 && everything.facets[key][0] < everything.total)];
    }));
  }

  /** The label of a dimension's value ("2024-03-19" -> "Tuesday, March 19"); the value when unknown. */
  labelOf(key, value) { return this._labels[key].get(value) || value; }

  /** The session index of each of `ids` (-1 for an id the schedule does not have). */
  sessionsWithIds(ids) { return this._board.sessionsWithIds(ids); }

  /** Session `index`'s card (the core's SessionCard), once it has arrived (see fetchRows). */
  session(index) { return this._board.card(index); }

  /** The search highlight of session `index`: null without a search, undefined until it arrives. */
  highlight(index) { return this._board.highlight(index); }

  /** Whether session `index` can render now (its card, and its highlight during a search, are here). */
  ready(index) { return this._board.hasRow(index); }

  /** Brings the cards and highlights of these sessions. */
  fetchRows(indices) { return this._board.fetchRows(indices); }

  /**
   * The core's answer to the core's Query (coreQuery; core-loader.js): sessions, facets, days,
   * nowNext, ... with the cards and highlights of its first rows (`rows`: how many).
   */
  query(query, rows = ROWS_WITH_ANSWER) { return this._board.query(query, rows); }

  /**
   * {answer, view}: the core's answer to `query` and the same answer laid out as `view`
   * ('timetable': the core's Timetable; 'speakers': its SpeakerEntry list), with every match's card.
   */
  queryView(query, view) { return this._board.queryView(query, view); }

  /** iCalendar text: every session, the sessions with these ids, or one session's. */
  icsAll() { return this._board.calendar(null); }
  icsFavorites(ids) { return this._board.calendar(ids); }
  icsSession(id) { return this._board.calendar([id]); }

  dispose() { this._board.close(); }
}

/**
 * What a board shows of a big post while the core still reads all of it: the answer of the query
 * that shows everything on the post's head, with the cards of its first `partial` sessions
 * (BoardClient.fetchPost), as many as a first screen shows. It asks the core nothing (no search:
 * the board's highlights are none); `partial` tells the element that the whole schedule follows.
 */
class PreviewData extends ScheduleData {
  constructor(board, head) {
    super(board, head, head.answer);
    this.partial = ROWS_WITH_ANSWER;
    this._answer = strictFields(head.answer);
    this._cards = new Map(head.cards.map((card) => [card.session, strictFields(card)]));
  }

  session(index) { return this._cards.get(index); }

  ready(index) { return this._cards.has(index); }

  async fetchRows() {}

  async query() { return this._answer; }

  dispose() {}  // the board is the whole post's
}

/**
 * Reads a post into the core as it arrives: `source` is {url, name} (the core fetches it; name is
 * the src as written, for messages) or {bytes, address} (a Uint8Array of UTF-8 and the address of
 * the page it stands in: the core may take a year from it); `hint` the core it most
 * likely needs (its first bytes decide). Resolves with a ScheduleData, or null when `isCurrent()`
 * says the caller no longer wants it; rejects with a message for the reader (the fetch failed, or
 * the core's error: not UTF-8, no sessions, too large, ...). `onPreview`, when given, is called
 * first with a ScheduleData of a big fetched post's head (`partial`: PreviewData), if there is one;
 * the whole post is read once the promise it returns has settled.
 */
export async function openSchedule(source, hint, isCurrent, onPreview = null) {
  // User Timing marks (DevTools "Timings"): where a big post's first render goes.
  const started = performance.now();
  const board = new BoardClient(hint);
  try {
    if (!source.url) board.feed(source.bytes);
    else if (!onPreview) board.fetchPost(source.url, source.name).catch(() => {});  // load() reports a failure
    else {
      // The whole post is read once the head is shown (or known to be none): on a machine with few
      // cores, reading it at once would take the main thread's time to draw the head.
      const head = await board.fetchPost(source.url, source.name, coreQuery({ nowUtc: Date.now() / 1000 }), ROWS_WITH_ANSWER).catch(() => null);
      if (head && isCurrent()) {
        const preview = new PreviewData(board, head);
        preview.loadStarted = started;
        await onPreview(preview);
      }
    }
    const loaded = await board.load(source.url || source.address || '');
    performance.measure('talkboard:parse', { start: started });
    if (!isCurrent()) { board.close(); return null; }
    if (!loaded.ok) throw new Error(loaded.message);
    const data = new ScheduleData(board, loaded, await board.query(coreQuery(), 0));
    data.loadStarted = started;  // the start of the User Timing measures of the first render
    return data;
  } catch (error) {
    board.close();
    throw error;
  }
}
