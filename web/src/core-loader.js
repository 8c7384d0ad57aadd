// Where the page meets the wasm core. The core runs in one module Web Worker per page
// (core-worker.js), shared by every <talk-board> on it; where module workers are unavailable it
// runs on the page itself (core-host.js imported here), answering the same messages.
//
//   const board = openBoard(MARKDOWN);         // a hint: which core to start loading at once
//   board.fetchPost(url, src, q);              // the core fetches the post and reads it as it arrives,
//                                              //   (with a Query: a big post's head answers it first)
//   board.feed(bytes); ...                     //   or is given it, piece by piece
//   const loaded = await board.load();         // {ok, error, message, sessions, post, values}
//   const answer = await board.query(q, rows); // the core's QueryResult; cards and highlights of
//   board.card(i), board.highlight(i)          //   the first `rows` matches arrive with it
//   const { answer, view } = await board.queryView(q, 'timetable' | 'speakers');
//                                              // the answer laid out by the core, every card with it
//   await board.fetchRows(sessions);           // cards and highlights of other rows, on demand
//   await board.sessionsWithIds(ids);          // where these session ids are (-1: nowhere)
//   await board.calendar(ids | null);          // iCalendar text: these sessions, or all
//   board.close();
//
// Every answer is the core's own shape: wasm/bindings.cpp names each field, and what arrives here
// is read through strictFields, so that a field renamed on one side only is an error at the first
// read, never a silent `undefined` on the page. The query sent is the core's Query as it is
// (embind refuses one with a field missing).

/** The two builds of the core (wasm/CMakeLists.txt): markdown posts, and also JSON schedules. */
export const MARKDOWN = 'markdown';
export const FULL = 'full';

// ---- one channel to the core per page ------------------------------------------------------------

const waiting = new Map();  // request id -> {resolve, reject}
let requests = 0;
let channel = null;

function deliver(message) {
  const request = waiting.get(message.id);
  if (!request) return;
  waiting.delete(message.id);
  if ('error' in message) request.reject(new Error(message.error));
  else request.resolve(message.value);
}

function failAll(reason) {
  for (const request of waiting.values()) request.reject(reason);
  waiting.clear();
}

// The worker, once it has said it runs (a browser without module workers fails to start it).
function startWorker() {
  return new Promise((resolve, reject) => {
    if (typeof Worker !== 'function') { reject(new Error('no Web Workers here')); return; }
    const worker = new Worker(new URL('./core-worker.js', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('the core worker did not start'));
    };
    worker.onmessage = (event) => {
      if (!event.data || !event.data.ready) return;
      worker.onmessage = (reply) => deliver(reply.data);
      worker.onerror = (error) => failAll(new Error(`the core worker stopped: ${error.message || 'unknown error'}`));
      resolve({ post: (message, transfer) => worker.postMessage(message, transfer) });
    };
  });
}

// The same host on the page's own thread: answers arrive as they would from a worker, later.
async function startSameThread() {
  const { createHost } = await import('./core-host.js');
  const host = createHost((message) => deliver(message));
  return { post: (message) => setTimeout(() => host.receive(message)) };
}

function connect() {
  if (!channel) {
    channel = startWorker().catch(() => startSameThread());
    channel.catch(() => { channel = null; });  // let a later board retry
  }
  return channel;
}

function send(message, transfer) {
  return connect().then((c) => c.post(message, transfer || []));
}

function request(message) {
  const id = ++requests;
  const answer = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
  send({ ...message, id }).catch((error) => deliver({ id, error: error.message }));
  return answer;
}

// ---- answers read strictly -----------------------------------------------------------------------

const strictViews = new WeakMap();
// Keys any object may be asked for without having them: promise resolution asks for `then`,
// JSON.stringify for `toJSON`.
const PROBED = new Set(['then', 'toJSON']);

/**
 * `value` (an answer of the core, or any part of it) read strictly: reading a field an object does
 * not have throws a TypeError naming it. Arrays, typed arrays and primitives read as usual (the
 * objects in an array are strict too).
 */
export function strictFields(value) {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  let view = strictViews.get(value);
  if (!view) {
    const isArray = Array.isArray(value);
    view = new Proxy(value, {
      get(target, key, receiver) {
        const field = Reflect.get(target, key, receiver);
        if (field === undefined && !isArray && typeof key === 'string' && !PROBED.has(key) && !(key in target)) {
          throw new TypeError(`the core's answer has no field "${key}"`);
        }
        return strictFields(field);
      },
    });
    strictViews.set(value, view);
  }
  return view;
}

// ---- boards --------------------------------------------------------------------------------------

let boards = 0;

/** The bytes of `bytes` in a buffer of their own, so that it can be transferred. */
const ownBuffer = (bytes) => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());

export class BoardClient {
  /** `hint`: the core the post most likely needs (MARKDOWN or FULL); its first bytes decide. */
  constructor(hint = MARKDOWN) {
    this._board = ++boards;
    this._cards = new Map();       // session -> SessionCard, kept for the board's life
    this._marks = new Map();       // session -> SessionHighlight for _markText
    this._markText = null;         // the search whose highlights _marks holds; null: no search
    send({ op: 'prepare', kind: hint });
    send({ op: 'open', board: this._board });
  }

  /**
   * Has the core fetch the post at `url` (absolute) and read it as it arrives; `name` (the src as
   * written) names it in an error. The page's main thread never holds its bytes. With `query`
   * (the core's Query), a big post is previewed: resolves, before load() does, with {sessions,
   * post, values} (as load() answers them) and {answer, cards, highlights} (as for a query of
   * `rows`): the query's answer on the post's head (core-host.js); else with null. The board's
   * own answers, after load(), are of the whole post.
   */
  fetchPost(url, name, query = null, rows = 0) {
    return request({ op: 'fetch', board: this._board, url, name, query, rows });
  }

  /** The next piece of the post (a Uint8Array of UTF-8). The bytes are handed over, not copied. */
  feed(bytes) {
    const own = ownBuffer(bytes);
    send({ op: 'feed', board: this._board, bytes: own }, [own.buffer]);
  }

  /**
   * Reads the post fed so far: {ok, error, message, sessions, post, values}. `address` is where the
   * post comes from (its URL, or the page's for an inline post): a post that writes its event's
   * year nowhere takes the one there ("/blog/2023/09/summit/").
   */
  async load(address = '') {
    const { result, post, values } = await request({ op: 'load', board: this._board, address });
    // The value lists are read as they come: a dimension's list is walked whole on every render
    // (the filter groups), and its shape is checked where it is made (tests/js/embind_board.test.mjs).
    return { ok: result.ok, error: result.error, message: result.message, sessions: result.sessions, post, values };
  }

  /**
   * The core's answer to `query` (its Query, every field given), with the cards and highlights of
   * its first `rows` sessions (and of the sessions its now/next and conflicts name) kept here.
   */
  async query(query, rows) {
    return (await this._ask(query, rows, null)).answer;
  }

  /**
   * The core's answer to `query` and the same answer laid out as `view`: 'timetable' (the core's
   * Timetable) or 'speakers' (its SpeakerEntry list). The cards and highlights of every match come
   * with it: a view shows them all at once.
   */
  queryView(query, view) { return this._ask(query, Infinity, view); }

  async _ask(query, rows, view) {
    const reply = await request({ op: 'query', board: this._board, query, rows, view });
    const { answer, cards, highlights } = reply;
    this._keep(cards);
    this._markText = answer.terms.length ? query.text : null;
    this._marks = new Map(highlights.map((h) => [h.session, strictFields(h)]));
    return { answer: strictFields(answer), view: strictFields(reply.view) };
  }

  /** The card of session `session`, if it has arrived. */
  card(session) { return this._cards.get(session); }

  /** The highlight of `session` for the last query's search: null without a search, undefined until it arrives. */
  highlight(session) { return this._markText === null ? null : this._marks.get(session); }

  /** Whether `session`'s card (and highlight, during a search) are here. */
  hasRow(session) { return this._cards.has(session) && (this._markText === null || this._marks.has(session)); }

  /** Fetches the cards and highlights of `sessions` that are not here yet. */
  async fetchRows(sessions) {
    const missing = [...sessions].filter((s) => !this.hasRow(s));
    if (!missing.length) return;
    const text = this._markText;
    const { cards, highlights } = await request({ op: 'rows', board: this._board, sessions: missing, text: text || '' });
    this._keep(cards);
    if (text === this._markText) for (const h of highlights) this._marks.set(h.session, strictFields(h));
  }

  /** The session index of each of `ids` (an Int32Array; -1 for an id the post does not have). */
  sessionsWithIds(ids) { return request({ op: 'find', board: this._board, ids: [...ids] }); }

  /** iCalendar text of the sessions with these ids (in that order), or of all sessions (ids null). */
  calendar(ids) { return request({ op: 'calendar', board: this._board, ids: ids ? [...ids] : null }); }

  close() { send({ op: 'close', board: this._board }); }

  _keep(cards) {
    for (const card of cards) this._cards.set(card.session, strictFields(card));
  }
}

/** The wasm memory and malloc'd bytes of each core loaded on this page (for the memory test). */
export function coreMemory() { return request({ op: 'memory' }); }
