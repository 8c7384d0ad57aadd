// The boards of one page, where the wasm core runs: inside the page's one module Web Worker
// (core-worker.js), or, where workers are unavailable, on the page itself (core-loader.js).
// It only forwards: every answer is the core's (wasm/bindings.cpp names each field), passed on as
// it comes, with the long lists as transferable Int32Arrays.
//
// Messages in (from core-loader.js), each about one board (`board`: a number the page chose):
//   {op: 'prepare', kind}                 start loading that core ('markdown' | 'full') early
//   {op: 'open', board}                   a new board, empty
//   {op: 'fetch', board, id, url, name, query, rows}
//                                         fetch the post at url and feed it as it arrives (name: the
//                                         src as written, for the error message); with a query, a
//                                         post longer than PREVIEW_AFTER_BYTES is previewed: its first
//                                         PREVIEW_BYTES read on their own (Board::load with
//                                         headBytes) as soon as they are here, before the whole post
//                                         -> {sessions, post, values, answer, cards, highlights}
//                                         (the query's answer on the head, cards as for a query of
//                                         `rows`; the board answers from the whole post after
//                                         load), else null once the post is in
//   {op: 'feed', board, bytes}            the next piece of the post (a Uint8Array)
//   Pieces are read as UTF-8, bad bytes as U+FFFD and a BOM dropped, as fetch's text() does.
//   {op: 'load', board, id}               the post is complete: read it   -> {result, post, values}
//   {op: 'query', board, id, query, rows, view}
//                                         run a query (the core's Query)  -> {answer, cards, highlights,
//                                         view}; view 'timetable' or 'speakers' lays the same answer out
//                                         (Board::timetable / Board::speakers), else view is null
//   {op: 'rows', board, id, sessions, text}                               -> {cards, highlights}
//   {op: 'find', board, id, ids}          the session index of each id (-1: none) -> Int32Array
//   {op: 'calendar', board, id, ids}      iCalendar of all (ids null) or these sessions -> text
//   {op: 'memory', id}                    wasm memory and malloc'd bytes of the loaded cores
//   {op: 'close', board}
// Messages out: {id, value} or {id, error} (a message), in the order the requests came per board.
//
// `cards` are the session cards (the core's SessionCard) a board's page has not been sent yet:
// those of the first `rows` matches and of the sessions now/next and the conflicts name; the page
// keeps them. `highlights` (SessionHighlight) are for the query's text and the same first rows.
import { FULL, MARKDOWN } from './core-loader.js';

const MODULES = { [MARKDOWN]: './talkboard_core.js', [FULL]: './talkboard_core_full.js' };
// A markdown post longer than this shows its head first: reading 10,000 sessions (2.2 MB) takes the
// core a second on a first call (V8 runs a wasm function that is called once in its baseline tier
// throughout), its first 16 KB (70 such sessions, a first screen of most posts) a few dozen ms.
const PREVIEW_AFTER_BYTES = 128 * 1024;
const PREVIEW_BYTES = 16 * 1024;

/**
 * Which core reads a text that starts with `prefix`: FULL when its first character, after a BOM and
 * white space, is '{' (JSON), else MARKDOWN; null while the prefix is only white space. The core
 * decides the same way (post_source.cpp); should they ever disagree, the markdown core answers
 * json_unavailable rather than misreading the input.
 */
export function coreKindOf(prefix) {
  const first = /\S/u.exec(prefix.replace(/^\uFEFF/, ''));  // \s covers Unicode spaces, as text::trim does
  if (!first) return null;
  return first[0] === '{' ? FULL : MARKDOWN;
}

const encoder = new TextEncoder();

export function createHost(send) {
  const cores = new Map();   // kind -> Promise of the instantiated module
  const boards = new Map();  // board number -> its state

  const loadCore = (kind) => {
    if (!cores.has(kind)) {
      const url = new URL(MODULES[kind], import.meta.url).href;
      // The wasm is fetched while its glue arrives (the glue would ask for it only once it runs).
      const wasmBinary = fetch(url.replace(/js$/, 'wasm')).then((response) => response.arrayBuffer());
      const promise = Promise.all([import(url), wasmBinary])
        .then(([module, bytes]) => module.default({ wasmBinary: bytes }));
      promise.catch(() => cores.delete(kind));  // a later board may retry
      cores.set(kind, promise);
    }
    return cores.get(kind);
  };

  // Every operation on a board waits for the ones before it (the input must be complete before
  // load, the board loaded before a query), whether or not they succeeded.
  const enqueue = (state, step) => {
    const run = state.chain.catch(() => {}).then(step);
    state.chain = run;
    return run;
  };
  const answer = (id, run) => Promise.resolve().then(run).then(
    ({ value, transfer }) => send({ id, value }, transfer || []),
    (error) => send({ id, error: error && error.message ? error.message : String(error) }),
  );

  // A post is text: its bytes are read as the browser reads any text it fetches (fetch's text()),
  // so bytes that are not UTF-8 become U+FFFD and a BOM goes, and the core gets UTF-8 either way.
  // The core that reads it is decided by its first characters; null while they are white space.
  const readPiece = (state, bytes, last) => {
    const text = state.decoder.decode(bytes, { stream: !last });
    if (!state.kind) {
      state.prefix += text;
      state.kind = coreKindOf(state.prefix);
      if (state.kind) state.prefix = '';
    }
    return encoder.encode(text);
  };

  const wasmBoard = async (state) => {
    if (!state.board) {
      const core = await loadCore(state.kind || MARKDOWN);
      state.core = core;
      state.board = new core.Board();
    }
    return state.board;
  };

  // The next piece of the input: into the core once its first characters chose the core.
  const feed = async (state, bytes) => {
    state.pending.push(readPiece(state, bytes, false));
    if (!state.kind) return;  // only white space so far
    const wasm = await wasmBoard(state);
    for (const piece of state.pending.splice(0)) write(wasm, piece);
  };

  const write = (board, bytes) => {
    const space = board.inputSpace(bytes.length);
    if (space.length === bytes.length) space.set(bytes);  // else over the limit: load() says so
  };

  // The answer to a fetch's query from the post's head (Board::load with headBytes), or null (a
  // head without sessions, or a JSON schedule's): sent at once, before the whole post is read.
  const preview = (state, id, address, query, rows) => {
    const result = state.board.load(address, PREVIEW_BYTES);  // a JSON schedule's head is no JSON
    if (!result.ok) return send({ id, value: null });
    state.sent = new Uint8Array(result.sessions);
    const { value, transfer } = answerQuery(state, query, rows, null);
    send({ id, value: { sessions: result.sessions, post: state.board.post(), values: state.board.values(), ...value } }, transfer);
  };

  const newCards = (state, sessions) => {
    const cards = [];
    for (const session of sessions) {
      if (session < 0 || session >= state.sent.length || state.sent[session]) continue;
      state.sent[session] = 1;
      cards.push(state.board.card(session));
    }
    return cards;
  };
  const highlights = (state, text, sessions) => (text ? Array.from(sessions, (s) => state.board.highlight(text, s)) : []);

  // The core's answer to `query`, with the cards and highlights of its first `rows` sessions.
  const answerQuery = (state, query, rows, view) => {
    const result = state.board.query(query);
    // Laid out before anything else asks the board: both views are of the answer just given.
    const laidOut = view === 'timetable' ? state.board.timetable() : view === 'speakers' ? state.board.speakers() : null;
    const first = result.sessions.subarray(0, rows);
    const named = [...first, ...result.nowNext.now, ...result.nowNext.next];
    for (const pair of result.conflicts.pairs) named.push(pair.first, pair.second);
    const cards = newCards(state, named);
    const marks = highlights(state, result.terms.length ? query.text : '', first);
    const transfer = [result.sessions.buffer, ...Object.values(result.facets).map((counts) => counts.buffer)];
    return { value: { answer: result, cards, highlights: marks, view: laidOut }, transfer };
  };

  const handlers = {
    prepare: ({ kind }) => { if (MODULES[kind]) loadCore(kind).catch(() => {}); },
    open: ({ board }) => {
      boards.set(board, { chain: Promise.resolve(), decoder: new TextDecoder(), prefix: '', kind: null, board: null, pending: [] });
    },
    // Fetched here, in the worker, so that not even the bytes of a 20 MB post pass the page's
    // main thread; a failure is what load() then answers.
    fetch: ({ board, id, url, name, query, rows }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      enqueue(state, async () => {
        try {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`Could not load ${name} (HTTP ${response.status}).`);
          const reader = response.body.getReader();
          for (let received = 0; ;) {
            const { done, value } = await reader.read();
            if (done) break;
            await feed(state, value);
            if (query && id && (received += value.length) > PREVIEW_AFTER_BYTES && state.board) {
              preview(state, id, url, query, rows);
              id = 0;  // answered
            }
          }
        } catch (error) {
          state.failure = error;
        }
        if (id) send({ id, value: null });  // no preview: the post is in (or failed)
      });
    },
    feed: ({ board, bytes }) => {
      const state = boards.get(board);
      if (state) enqueue(state, () => feed(state, bytes));
    },
    load: ({ board, id, address }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      return answer(id, () => enqueue(state, async () => {
        if (state.failure) throw state.failure;
        state.pending.push(readPiece(state, new Uint8Array(0), true));
        const wasm = await wasmBoard(state);
        for (const piece of state.pending.splice(0)) write(wasm, piece);
        const result = wasm.load(address || '', 0);
        state.sent = new Uint8Array(result.ok ? result.sessions : 0);
        return { value: { result, post: result.ok ? wasm.post() : {}, values: wasm.values() } };
      }));
    },
    query: ({ board, id, query, rows, view }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      return answer(id, () => enqueue(state, () => answerQuery(state, query, rows, view)));
    },
    rows: ({ board, id, sessions, text }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      return answer(id, () => enqueue(state, () => ({
        value: { cards: newCards(state, sessions), highlights: highlights(state, text, sessions) },
      })));
    },
    find: ({ board, id, ids }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      return answer(id, () => enqueue(state, () => ({ value: state.board.sessionsWithIds(ids) })));
    },
    calendar: ({ board, id, ids }) => {
      const state = boards.get(board);
      if (!state) return send({ id, error: 'no such board' });
      return answer(id, () => enqueue(state, () => ({
        value: ids ? state.board.calendarOf(ids) : state.board.calendarAll(),
      })));
    },
    memory: ({ id }) => answer(id, async () => {
      const loaded = await Promise.all([...cores.values()]);
      return { value: loaded.map((core) => ({ memoryBytes: core.memoryBytes(), heapUsedBytes: core.heapUsedBytes() })) };
    }),
    close: ({ board }) => {
      const state = boards.get(board);
      if (!state) return;
      boards.delete(board);
      enqueue(state, () => { if (state.board) state.board.delete(); }).catch(() => {});
    },
  };

  return {
    receive(message) {
      const handler = message && handlers[message.op];
      if (handler) handler(message);
      else if (message && message.id !== undefined) send({ id: message.id, error: `unknown request: ${message.op}` });
    },
  };
}
