// Loads the wasm core once per page: every <talk-board> shares one cached promise per module.
// There are two builds of the same core (wasm/CMakeLists.txt): talkboard_core reads markdown
// posts, talkboard_core_full also reads JSON schedules (frab/c3voc, pretalx, the post envelope)
// and carries simdjson for it, a third more bytes that a blog post's readers never need.
// coreKindFor(text) picks the module by the rule the core dispatches by (post_source.cpp).
// The core exports plain C functions (wasm/bindings.cpp); `Board` below gives them the shape the
// element uses: new core.Board(), board.load(text), .schedule(), .post(), .sessionIds(), .session(i),
// .dimensionValues(), .query(q), .highlights(text, sessions), .icsAll(), .icsFavorites(ids),
// .icsSession(i), .delete(). Text
// crosses as UTF-8 in wasm memory; the query's matching sessions as an Int32Array.
import createMarkdownCore from './talkboard_core.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Packs strings as wasm/board.h's decode_query_strings reads them: [tag][u32 LE length][UTF-8].
function pack(records) {
  const parts = records.map(([tag, text]) => [tag.charCodeAt(0), encoder.encode(String(text))]);
  const out = new Uint8Array(parts.reduce((n, [, bytes]) => n + 5 + bytes.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [tag, bytes] of parts) {
    out[at] = tag;
    view.setUint32(at + 1, bytes.length, true);
    out.set(bytes, at + 5);
    at += 5 + bytes.length;
  }
  return out;
}

// The tag of each query list, as decode_query_strings expects ('T' for tracks: 't' is the text).
const QUERY_TAGS = [
  ['d', 'days'], ['k', 'kinds'], ['s', 'sections'], ['p', 'speakers'], ['o', 'orgs'],
  ['r', 'rooms'], ['T', 'tracks'], ['f', 'favorites'],
];

// The facet dimensions in the core's order (ScheduleIndex Dimension; board.h lastList 1..7).
const FACET_KEYS = ['day', 'kind', 'section', 'speaker', 'org', 'room', 'track'];

const strings = (list) => (Array.isArray(list) ? list.filter((s) => typeof s === 'string') : []);

// Exported for Node tests, which instantiate a module themselves (with {wasmBinary}).
export function boardClass(core) {
  // Copies `bytes` into wasm memory for the duration of `use(pointer, length)`.
  const withBytes = (bytes, use) => {
    const pointer = core._tb_alloc(bytes.length);
    core.HEAPU8.set(bytes, pointer);  // read HEAPU8 afresh: memory growth replaces it
    try { return use(pointer, bytes.length); } finally { core._tb_free(pointer); }
  };

  return class Board {
    constructor() { this._ptr = core._tb_board_new(); }

    _answer(pointer) {
      const size = core._tb_answer_size(this._ptr);
      return decoder.decode(core.HEAPU8.subarray(pointer, pointer + size));
    }

    load(text) { this._slots = null; return withBytes(encoder.encode(text), (p, n) => this._answer(core._tb_load(this._ptr, p, n))); }
    schedule() { return this._answer(core._tb_schedule(this._ptr)); }
    post() { return this._answer(core._tb_post(this._ptr)); }
    sessionIds() { return this._answer(core._tb_session_ids(this._ptr)); }
    session(index) { return this._answer(core._tb_session(this._ptr, index)); }
    dimensionValues() { return this._answer(core._tb_dimension_values(this._ptr)); }

    /**
     * q: {text, days, kinds, sections, speakers, orgs, rooms, tracks, favoritesOnly, hidePast, now, favorites}.
     * Returns the core's answer (core view_json.h) as an object, null before a successful load():
     * {total, sessions, terms, facets, groups, conflicts, nowNext}. The long lists come out of wasm
     * memory as Int32Arrays rather than JSON (wasm/board.h): `sessions` (display order; held in a
     * buffer of this board's that its next query() overwrites), facets[dimension] (copies, parallel
     * to dimensionValues()), and groups built from the core's slot runs, each slot {start, label,
     * first, count, sessions} with `sessions` its part of the sessions array (a subarray). No
     * highlights: ask highlights() for the rows rendered.
     */
    query(q = {}) {
      const records = [];
      if (typeof q.text === 'string') records.push(['t', q.text]);
      for (const [tag, key] of QUERY_TAGS) {
        for (const value of strings(q[key])) records.push([tag, value]);
      }
      const now = typeof q.now === 'number' && Number.isFinite(q.now) ? q.now : 0;
      const answer = JSON.parse(withBytes(pack(records), (p, n) =>
        this._answer(core._tb_query(this._ptr, p, n, q.favoritesOnly ? 1 : 0, q.hidePast ? 1 : 0, now))));
      if (!answer) return null;
      const view = (which) => new Int32Array(core.HEAPU8.buffer, core._tb_query_list(this._ptr, which),
        core._tb_query_list_size(this._ptr, which) >>> 0);
      const list = (which) => view(which).slice();
      // The sessions go into one buffer per board, reused by every query: a fresh 400 KB
      // ArrayBuffer per keystroke cost Chromium more (about 1.3 ms at 100,000 sessions) than the
      // whole query. So this answer's `sessions` is valid until this board's next query().
      const found = view(0);
      if (!this._sessionBuffer || this._sessionBuffer.length < found.length) this._sessionBuffer = new Int32Array(found.length);
      this._sessionBuffer.set(found);
      const sessions = this._sessionBuffer.subarray(0, found.length);
      const facets = {};
      FACET_KEYS.forEach((key, d) => { facets[key] = list(1 + d); });
      const runs = list(8);
      const table = this._slotTable();
      const groups = [];
      let dayId = null;
      for (let k = 0; k < runs.length; k += 3) {
        const [slotDay, start, label] = table.slots[runs[k]];
        if (slotDay !== dayId) {
          dayId = slotDay;
          const day = table.days[slotDay];
          groups.push({ date: day ? day.value : '', label: day ? day.label : '', slots: [] });
        }
        const first = runs[k + 1], count = runs[k + 2];
        groups[groups.length - 1].slots.push({ start, label, first, count, sessions: sessions.subarray(first, first + count) });
      }
      delete answer.count;
      delete answer.highlights;  // always empty here: see highlights()
      return Object.assign(answer, { sessions, facets, groups });
    }

    // The index's slots ([day value id, start minute, label]) and days, read once per load.
    _slotTable() {
      if (!this._slots) {
        this._slots = { slots: JSON.parse(this._answer(core._tb_slots(this._ptr))), days: JSON.parse(this.dimensionValues()).day };
      }
      return this._slots;
    }

    /**
     * The highlights of `sessions` (indices) for the search `text`, as query.h SessionHighlight in
     * UTF-16 offsets: [{session, title, speakers: [{name, org}], abstract}], ranges [begin, end).
     */
    highlights(text, sessions) {
      const ids = Int32Array.from(sessions, (i) => i | 0);
      return JSON.parse(withBytes(pack([['t', String(text ?? '')]]), (p, n) =>
        withBytes(new Uint8Array(ids.buffer), (s) => this._answer(core._tb_highlights(this._ptr, p, n, s, ids.length)))));
    }

    icsAll() { return this._answer(core._tb_ics_all(this._ptr)); }
    icsFavorites(ids) {
      return withBytes(pack(strings(ids).map((id) => ['f', id])), (p, n) => this._answer(core._tb_ics_favorites(this._ptr, p, n)));
    }
    icsSession(index) { return this._answer(core._tb_ics_session(this._ptr, index | 0)); }

    delete() {
      if (this._ptr) core._tb_board_delete(this._ptr);
      this._ptr = 0;
    }
  };
}

export const MARKDOWN = 'markdown';
export const FULL = 'full';

/**
 * Which core reads `text`: FULL when its first character, after a BOM and white space, is '{'
 * (JSON), else MARKDOWN. The core decides the same way; should they ever disagree, the markdown
 * core answers with the error json_unavailable rather than misreading the input.
 */
export function coreKindFor(text) {
  return /^\s*\{/.test(text) ? FULL : MARKDOWN;  // \s covers the BOM and Unicode spaces, as text::trim does
}

const factories = {
  [MARKDOWN]: () => Promise.resolve(createMarkdownCore),
  [FULL]: () => import('./talkboard_core_full.js').then((module) => module.default),
};
const corePromises = new Map();

/**
 * @returns {Promise<{Board: Function, memoryBytes: Function, heapUsedBytes: Function}>} the core of
 * that kind (use `new core.Board()`); memoryBytes() is the size of the wasm memory, heapUsedBytes()
 * the bytes malloc has handed out and not had back (both read-only, for the long-session memory test).
 */
export function loadCore(kind = MARKDOWN) {
  if (!factories[kind]) return Promise.reject(new Error(`unknown core kind: ${kind}`));
  if (!corePromises.has(kind)) {
    const promise = factories[kind]()
      .then((create) => create({ locateFile: (file) => new URL(file, import.meta.url).href }))
      .then((core) => ({
        Board: boardClass(core),
        memoryBytes: () => core.HEAPU8.buffer.byteLength,
        heapUsedBytes: () => core._tb_heap_used() >>> 0,
      }));
    promise.catch(() => corePromises.delete(kind)); // let a later element retry
    corePromises.set(kind, promise);
  }
  return corePromises.get(kind);
}
