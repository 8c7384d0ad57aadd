// <talk-board>: renders the schedule the wasm core computes. Attributes in, events out.
//
//   <talk-board src="post.md"></talk-board>
//   <talk-board><script type="text/markdown">...</script></talk-board>   (or application/json)
//
// The DOM layer never parses, filters or sorts: the core answers every query (core-loader.js);
// this file keeps only UI state (selection, favourites, what is open) and renders with
// createElement/textContent — post text is never inserted as HTML.
// Events: `talkboard-ready` after the first render, `talkboard-render` after each render,
// both with detail.count = sessions shown.
import { FULL, MARKDOWN, coreKindFor, loadCore } from './core-loader.js';

const DIMENSIONS = [
  { key: 'day', query: 'days', legend: 'Day' },
  { key: 'kind', query: 'kinds', legend: 'Kind' },
  { key: 'section', query: 'sections', legend: 'Section' },
  { key: 'speaker', query: 'speakers', legend: 'Speaker' },
  { key: 'org', query: 'orgs', legend: 'Organization' },
  // Only imported schedules (frab/c3voc, pretalx) have rooms and tracks; for a post these groups
  // have no values and so are not shown.
  { key: 'room', query: 'rooms', legend: 'Room' },
  { key: 'track', query: 'tracks', legend: 'Track' },
];
const FACETS_SHOWN = 12;     // values per dimension before "Show all"
// Windowed rendering: with more than WINDOW_MIN_ROWS rows (day headings, slot times, sessions) only
// the rows within WINDOW_OVERSCAN_PX of the viewport are in the DOM; two spacers keep the scroll height.
// Row heights start as per-type estimates and are replaced by measurements once a row was shown.
// Smaller lists render whole (find-in-page and printing then see everything).
const WINDOW_MIN_ROWS = 300;
const WINDOW_OVERSCAN_PX = 1000;
// Highlights come with a render for its first sessions (more than a first window holds: 8 at
// 1280x900 on the 100k bench post), and one by one for rows that render later.
const HIGHLIGHT_FIRST = 32;
const ESTIMATED_ROW_PX = { day: 52, slot: 36, session: 150 };
const HASH_WRITE_PAUSE_MS = 300;  // a pause in typing after which the search goes into the URL

let instances = 0;

// Post text joined into one line of ours ("Overlaps with A; B"): each piece in its own bidi
// isolate (FSI ... PDI), so an RTL override inside a title cannot reorder the rest of the line.
const isolate = (text) => `\u2068${text}\u2069`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// Appends `text` to `parent`, wrapping each [begin, end) UTF-16 range in <mark>.
function appendMarked(parent, text, ranges) {
  let at = 0;
  for (const [begin, end] of ranges || []) {
    if (begin > at) parent.append(document.createTextNode(text.slice(at, begin)));
    parent.append(el('mark', { text: text.slice(begin, end) }));
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

function safeHttpUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// FNV-1a: a short storage key for inline posts (not security).
function hashText(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function downloadText(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export class TalkBoardElement extends HTMLElement {
  static get observedAttributes() { return ['src']; }

  constructor() {
    super();
    this._uid = `tb${++instances}`;
    this._board = null;
    this._sessions = [];  // session objects by index, read from the core on first use (_session)
    this._values = null;
    this._selected = Object.fromEntries(DIMENSIONS.map((d) => [d.key, new Set()]));
    this._expanded = new Set();
    this._text = '';
    this._favorites = new Set();
    this._favoritesOnly = false;
    this._hidePast = false;
    this._myTime = false;
    this._open = null;
    this._rendered = false;
    this._loadToken = 0;
    this._onHashChange = () => this._applyHash(true);
    this._windowFrame = 0;
    this._onScroll = () => {
      if (this._windowFrame) return;
      this._windowFrame = requestAnimationFrame(() => { this._windowFrame = 0; this._updateWindow(); });
    };
  }

  connectedCallback() {
    window.addEventListener('hashchange', this._onHashChange);
    // Capture: scrolling of any ancestor scroller moves the window too.
    document.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this._onScroll, { passive: true });
    if (!this._board) this._load();
  }

  disconnectedCallback() {
    if (this._hashTimer) this._writeHash();  // a search typed just before the board left the page
    window.removeEventListener('hashchange', this._onHashChange);
    document.removeEventListener('scroll', this._onScroll, { capture: true });
    window.removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._windowFrame);
    this._windowFrame = 0;
    cancelAnimationFrame(this._searchFrame);
    this._searchFrame = 0;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue && this.isConnected && oldValue !== null) this._load();
  }

  // ---- loading --------------------------------------------------------------------------------

  async _readPost() {
    const src = this.getAttribute('src');
    if (src) {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`Could not load ${src} (HTTP ${response.status}).`);
      return { text: await response.text(), key: new URL(src, document.baseURI).pathname };
    }
    const script = this.querySelector('script[type="text/markdown"], script[type="application/json"]');
    if (!script) throw new Error('No post: give a src attribute or an inline <script type="text/markdown">.');
    const text = script.textContent;
    return { text, key: `inline:${hashText(text)}` };
  }

  _likelyCoreKind() {
    const src = this.getAttribute('src');
    const json = src ? /\.json$/i.test(new URL(src, document.baseURI).pathname)
      : Boolean(this.querySelector('script[type="application/json"]'));
    return json ? FULL : MARKDOWN;
  }

  async _load() {
    const token = ++this._loadToken;
    try {
      // Start fetching the core the post most likely needs while the post itself arrives; the
      // post's text decides (coreKindFor), so a wrong guess costs bytes, never correctness.
      loadCore(this._likelyCoreKind());
      const post = await this._readPost();
      const core = await loadCore(coreKindFor(post.text));
      if (token !== this._loadToken) return;
      // User Timing marks (DevTools "Timings"): where a big post's first render goes.
      const started = performance.now();
      const board = new core.Board();
      const loaded = JSON.parse(board.load(post.text));
      performance.measure('talkboard:parse', { start: started });
      if (!loaded.ok) {
        board.delete();
        this._showError(loaded.error.message);
        return;
      }
      if (this._board) this._board.delete();
      this._board = board;
      this._storageKey = `talkboard:favorites:${post.key}`;
      // Sessions are read from the core when a row shows them (_session), not all up front: at
      // 10,000 sessions the whole schedule's JSON was a fifth of the first render.
      this._post = JSON.parse(board.post());
      const ids = JSON.parse(board.sessionIds());
      this._sessions = new Array(ids.length);
      this._values = JSON.parse(board.dimensionValues());
      this._kindLabels = new Map(this._values.kind.map((v) => [v.value, v.label]));
      this._idToIndex = new Map(ids.map((id, i) => [id, i]));
      this._favorites = this._readFavorites();
      performance.measure('talkboard:schedule', { start: started });
      this._build();
      this._applyHash(false);
      this._render();
      performance.measure('talkboard:first-render', { start: started });
    } catch (error) {
      if (token === this._loadToken) this._showError(error && error.message ? error.message : String(error));
    }
  }

  _showError(message) {
    let box = this.querySelector(':scope > .tb-error');
    if (!box) {
      box = el('p', { class: 'tb-error', role: 'alert' });
      this.prepend(box);
    }
    box.textContent = `The interactive schedule could not load: ${message}`;
  }

  // ---- favourites (localStorage; never fatal) ---------------------------------------------------

  _readFavorites() {
    try {
      const stored = window.localStorage.getItem(this._storageKey);
      if (!stored) return new Set();
      const ids = JSON.parse(stored);
      if (!Array.isArray(ids)) throw new Error('not a list');
      return new Set(ids.filter((id) => typeof id === 'string'));
    } catch {
      this._notice('Saved favourites could not be read; starting with none.');
      return new Set();
    }
  }

  _saveFavorites() {
    try {
      window.localStorage.setItem(this._storageKey, JSON.stringify([...this._favorites]));
    } catch {
      this._notice('Favourites cannot be saved in this browser; they last until you leave the page.');
    }
  }

  _notice(message, ...actions) {
    if (!this._noticeBox) { this._pendingNotice = [message, actions]; return; }
    this._noticeBox.replaceChildren(el('span', { text: message }), ...actions);
    this._noticeBox.hidden = false;
  }

  _clearNotice() {
    if (this._noticeBox) { this._noticeBox.hidden = true; this._noticeBox.replaceChildren(); }
  }

  // ---- URL hash: q, day, kind, section, speaker, org, room, track, mine, open, shared -------------
  //
  // Several boards can share a page (and so one URL hash). A board with an `id` keeps its keys under
  // the prefix `ID.` (`#talks.q=ebpf&talks.day=...`); a board without an id uses the bare keys, and
  // only the first such board on the page reads and writes them. Every board leaves the other
  // boards' keys in the hash untouched.

  _hashPrefix() {
    if (this.id) return `${this.id}.`;
    const first = document.querySelector('talk-board:not([id])');
    return first === this || !first ? '' : null;  // null: this board stays out of the hash
  }

  _applyHash(fromEvent) {
    const prefix = this._hashPrefix();
    if (prefix === null) return;
    const all = new URLSearchParams(window.location.hash.slice(1));
    const params = new URLSearchParams();
    for (const [key, value] of all) {
      if (prefix ? key.startsWith(prefix) : !key.includes('.')) params.append(key.slice(prefix.length), value);
    }
    if (fromEvent && params.toString() === this._lastHash) return;
    this._text = params.get('q') || '';
    for (const d of DIMENSIONS) this._selected[d.key] = new Set(params.getAll(d.key));
    this._favoritesOnly = params.has('mine');
    this._open = params.get('open');
    this._search.value = this._text;
    // A shared link's invitation stays in the hash (so it survives a reload) until the reader
    // accepts or dismisses it.
    this._shared = params.get('shared') || null;
    const shared = (this._shared || '').split(',').filter((id) => this._idToIndex.has(id));
    const fresh = shared.filter((id) => !this._favorites.has(id));
    if (fresh.length) this._offerMerge(fresh);
    else this._shared = null;
    if (fromEvent) this._render();
  }

  // history.replaceState costs 25-35 ms per call in Chromium (an IPC round trip), most of a
  // keystroke's budget at 10,000 sessions: while the reader types, the URL is written once typing
  // pauses. Any other state change writes at once (and so also settles a pending write).
  _writeHashSoon() {
    clearTimeout(this._hashTimer);
    this._hashTimer = setTimeout(() => this._writeHash(), HASH_WRITE_PAUSE_MS);
  }

  _writeHash() {
    clearTimeout(this._hashTimer);
    this._hashTimer = 0;
    const prefix = this._hashPrefix();
    if (prefix === null) return;
    const params = new URLSearchParams();
    if (this._text) params.set('q', this._text);
    for (const d of DIMENSIONS) for (const v of this._selected[d.key]) params.append(d.key, v);
    if (this._favoritesOnly) params.set('mine', '1');
    if (this._open) params.set('open', this._open);
    if (this._shared) params.set('shared', this._shared);
    this._lastHash = params.toString();
    // Keep the keys that belong to other boards; replace this board's own.
    const all = new URLSearchParams();
    for (const [key, value] of new URLSearchParams(window.location.hash.slice(1))) {
      const mine = prefix ? key.startsWith(prefix) : !key.includes('.');
      if (!mine) all.append(key, value);
    }
    for (const [key, value] of params) all.append(prefix + key, value);
    const hash = all.toString();
    // Most renders (a scroll, a star) leave the state as it was: skip the write, which Chromium
    // answers over IPC and throttles after 200 calls in 10 s.
    if (hash === window.location.hash.slice(1)) return;
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    try { window.history.replaceState(null, '', url); } catch { /* sandboxed: keep going */ }
  }

  _offerMerge(ids) {
    const count = ids.length;
    this._notice(
      `This link shares ${count} starred session${count === 1 ? '' : 's'}. `,
      el('button', { type: 'button', class: 'tb-button', text: 'Add to my schedule', onclick: () => {
        for (const id of ids) this._favorites.add(id);
        this._saveFavorites();
        this._clearNotice();
        this._shared = null;
        this._writeHash();
        this._render();
      } }),
      el('button', { type: 'button', class: 'tb-button tb-quiet', text: 'Dismiss', onclick: () => {
        this._clearNotice();
        this._shared = null;
        this._writeHash();
      } }),
    );
  }

  _share() {
    const ids = [...this._favorites];
    if (!ids.length) { this._notice('Star some sessions first, then share them.'); return; }
    const url = new URL(window.location.href);
    url.hash = new URLSearchParams({ [`${this._hashPrefix() || ''}shared`]: ids.join(',') }).toString();
    const field = el('input', { class: 'tb-share-url', readonly: true, 'aria-label': 'Link to my schedule', value: url.href });
    this._notice('Link to your schedule: ', field);
    field.select();
    if (navigator.clipboard) navigator.clipboard.writeText(url.href).then(
      () => this._noticeBox.firstChild && (this._noticeBox.firstChild.textContent = 'Link copied: '),
      () => {},
    );
  }

  // ---- static chrome, built once per load ---------------------------------------------------------

  _build() {
    const id = this._uid;
    this._search = el('input', {
      type: 'search', id: `${id}-q`, class: 'tb-search', placeholder: 'Talks, speakers, companies…',
      autocomplete: 'off', spellcheck: 'false',
      // No fixed debounce: the query runs before the next paint, once per frame however fast
      // the reader types, so each keystroke shows its results in the very next frame.
      oninput: () => {
        if (this._searchFrame) return;
        this._searchFrame = requestAnimationFrame(() => {
          this._searchFrame = 0;
          if (this._text !== this._search.value) { this._text = this._search.value; this._render({ typing: true }); }
        });
      },
    });
    const toggle = (label, get, set, cls) => el('button', {
      type: 'button', class: `tb-button ${cls || ''}`, 'aria-pressed': String(get()), text: label,
      onclick: (event) => { set(!get()); event.currentTarget.setAttribute('aria-pressed', String(get())); this._render(); },
    });
    this._myTimeButton = toggle('Show my time', () => this._myTime, (v) => { this._myTime = v; });
    this._mineButton = toggle('My schedule only', () => this._favoritesOnly, (v) => { this._favoritesOnly = v; });
    this._pastButton = toggle('Hide past', () => this._hidePast, (v) => { this._hidePast = v; });
    const actions = el('div', { class: 'tb-actions' },
      this._mineButton, this._myTimeButton, this._pastButton,
      el('button', { type: 'button', class: 'tb-button', text: 'Download calendar (.ics)',
        onclick: () => downloadText(this._icsName('schedule'), this._board.icsAll(), 'text/calendar') }),
      el('button', { type: 'button', class: 'tb-button', text: 'Download my schedule (.ics)',
        onclick: () => downloadText(this._icsName('my-schedule'), this._board.icsFavorites([...this._favorites]), 'text/calendar') }),
      el('button', { type: 'button', class: 'tb-button', text: 'Share my schedule', onclick: () => this._share() }),
    );
    this._filterBox = el('div', { class: 'tb-filters' });
    this._status = el('p', { role: 'status', class: 'tb-status', 'aria-live': 'polite' });
    this._noticeBox = el('div', { class: 'tb-notice', hidden: true });
    this._nowBox = el('p', { class: 'tb-now', hidden: true });
    this._list = el('div', { class: 'tb-list' });
    const root = el('div', { class: 'tb' },
      el('div', { class: 'tb-toolbar' },
        el('label', { class: 'tb-search-label', for: `${id}-q` }, el('span', { text: 'Search' })),
        this._search),
      actions,
      el('details', { class: 'tb-filter-panel', open: window.matchMedia('(min-width: 48rem)').matches },
        el('summary', { text: 'Filters' }), this._filterBox),
      this._noticeBox, this._status, this._nowBox, this._list);
    // The element's children were the no-JS fallback (or the inline post): replace them.
    this.replaceChildren(root);
    this.classList.add('tb-enhanced');
    if (this._pendingNotice) { this._notice(this._pendingNotice[0], ...this._pendingNotice[1]); this._pendingNotice = null; }
  }

  _icsName(what) {
    const base = (this._post && (this._post.path || this._post.title)) || 'talkboard';
    const slug = String(base).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'talkboard';
    return `${slug}-${what}.ics`;
  }

  // ---- rendering --------------------------------------------------------------------------------

  _query() {
    const query = {
      text: this._text, favoritesOnly: this._favoritesOnly, hidePast: this._hidePast,
      now: Date.now() / 1000, favorites: [...this._favorites],
    };
    for (const d of DIMENSIONS) query[d.query] = [...this._selected[d.key]];
    return query;
  }

  // typing: the search box changed. Its URL write waits until typing pauses (see _writeHashSoon).
  _render({ typing = false } = {}) {
    if (!this._board) return;
    const query = this._query();
    const result = this._board.query(query);
    this._result = result;
    // Highlights only for rows that render: the first ones now in one call, others in _highlight.
    this._highlightText = result.terms.length ? query.text : null;
    this._highlights = new Map();
    if (this._highlightText !== null) {
      for (const h of this._board.highlights(query.text, result.sessions.subarray(0, HIGHLIGHT_FIRST))) this._highlights.set(h.session, h);
    }
    this._conflicts = new Map();
    for (const [a, b] of result.conflicts.pairs) {
      if (!this._conflicts.has(a)) this._conflicts.set(a, []);
      if (!this._conflicts.has(b)) this._conflicts.set(b, []);
      this._conflicts.get(a).push(b);
      this._conflicts.get(b).push(a);
    }
    this._renderFilters(result.facets);
    const count = result.sessions.length;
    this._status.textContent = `${count} session${count === 1 ? '' : 's'} shown` +
      (count < result.total ? ` of ${result.total}` : '');
    this._mineButton.textContent = `My schedule only (${this._favorites.size})`;
    this._renderNowNext(result.nowNext);

    // Flatten the core's groups into rows (day heading, slot time, session) and render the window.
    const rows = [];
    for (const day of result.groups) {
      rows.push({ type: 'day', label: day.label || 'Date to be announced' });
      for (const slot of day.slots) {
        rows.push({ type: 'slot', slot });
        for (const index of slot.sessions) rows.push({ type: 'session', index });
      }
    }
    this._setRows(rows);
    if (!count) {
      this._list.append(el('p', { class: 'tb-empty', text: this._favoritesOnly && !this._favorites.size
        ? 'No starred sessions yet: star a talk to add it to your schedule.'
        : 'No sessions match. Try fewer filters or another search.' }));
    }
    if (typing) this._writeHashSoon(); else this._writeHash();
    if (!this._rendered) {
      this._rendered = true;
      if (this._open && this._idToIndex.has(this._open)) {
        const openIndex = this._idToIndex.get(this._open);
        this._scrollToRow(this._rows.findIndex((r) => r.type === 'session' && r.index === openIndex));
      }
      this.dispatchEvent(new CustomEvent('talkboard-ready', { bubbles: true, detail: { count } }));
    }
    this.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count } }));
  }

  // ---- windowed list ----------------------------------------------------------------------------

  // New rows: every row node is rebuilt (highlights, stars, times may all have changed).
  _setRows(rows) {
    this._rows = rows;
    this._heights = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) this._heights[i] = this._estimate(rows[i].type);
    this._windowed = rows.length > WINDOW_MIN_ROWS;
    this._nodes = new Map();  // row index -> its element, for the rows in the DOM
    this._first = 0;
    this._last = -1;
    this._topSpacer = el('div', { class: 'tb-spacer', 'aria-hidden': 'true' });
    this._bottomSpacer = el('div', { class: 'tb-spacer', 'aria-hidden': 'true' });
    this._list.replaceChildren(this._topSpacer, this._bottomSpacer);
    if (this._windowed) this._updateWindow();
    else this._showRows(0, rows.length - 1);
  }

  // A running average of measured heights per row type, for the rows not measured yet.
  _estimate(type) {
    const seen = this._measured && this._measured[type];
    return seen && seen.n ? seen.sum / seen.n : ESTIMATED_ROW_PX[type];
  }

  _renderRow(i) {
    const row = this._rows[i];
    if (row.type === 'day') return el('h2', { class: 'tb-day-title', text: row.label });
    if (row.type === 'slot') {
      return el('p', { class: 'tb-slot-time', text: row.slot.label ? this._slotLabel(row.slot) : 'Time to be announced' });
    }
    return this._renderSession(row.index);
  }

  // Puts rows first..last in the DOM (keeping the nodes already there, so focus survives scrolling).
  _showRows(first, last) {
    for (const [i, node] of this._nodes) {
      if (i < first || i > last) { node.remove(); this._nodes.delete(i); }
    }
    const before = document.createDocumentFragment();
    const after = document.createDocumentFragment();
    const keptFirst = this._nodes.size ? Math.max(first, this._first) : last + 1;
    for (let i = first; i <= last; i++) {
      if (this._nodes.has(i)) continue;
      const node = this._renderRow(i);
      this._nodes.set(i, node);
      (i < keptFirst ? before : after).append(node);
    }
    this._topSpacer.after(before);
    this._bottomSpacer.before(after);
    this._first = first;
    this._last = last;
  }

  // Chooses the rows near the viewport from the (measured or estimated) heights and shows them.
  _updateWindow() {
    if (!this._windowed || !this._rows || !this._list.isConnected) return;
    const rows = this._rows.length;
    const heights = this._heights;
    const listTop = this._list.getBoundingClientRect().top;
    const viewTop = -listTop - WINDOW_OVERSCAN_PX;
    const viewBottom = -listTop + window.innerHeight + WINDOW_OVERSCAN_PX;
    let first = 0;
    let y = 0;
    while (first < rows - 1 && y + heights[first] < viewTop) y += heights[first++];
    const top = y;
    let last = first;
    while (last < rows - 1 && y + heights[last] < viewBottom) y += heights[last++];
    this._showRows(first, last);
    this._measure();
    let total = 0;
    for (let i = 0; i < rows; i++) total += heights[i];
    let shown = 0;
    for (let i = first; i <= last; i++) shown += heights[i];
    this._topSpacer.style.height = `${top}px`;
    this._bottomSpacer.style.height = `${Math.max(0, total - top - shown)}px`;
  }

  // Replaces the estimates of the rows in the DOM by their real heights (margins included).
  _measure() {
    if (!this._measured) this._measured = { day: { sum: 0, n: 0 }, slot: { sum: 0, n: 0 }, session: { sum: 0, n: 0 } };
    for (const [i, node] of this._nodes) {
      const style = getComputedStyle(node);
      const height = node.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      if (!node.tbMeasured) {
        node.tbMeasured = true;
        const stats = this._measured[this._rows[i].type];
        stats.sum += height;
        stats.n += 1;
      }
      this._heights[i] = height;
    }
  }

  // Scrolls so that row i starts at the top of the viewport (used for the `open` deep link).
  _scrollToRow(i) {
    if (i < 0) return;
    if (this._windowed) {
      let offset = 0;
      for (let k = 0; k < i; k++) offset += this._heights[k];
      window.scrollBy(0, this._list.getBoundingClientRect().top + offset);
      this._updateWindow();
    }
    const node = this._nodes.get(i);
    if (node) node.scrollIntoView({ block: 'start' });
  }

  _slotLabel(slot) {
    const first = this._session(slot.sessions[0]);
    if (this._myTime && first && first.utcStart) return this._formatInstant(first.utcStart, false);
    return slot.label;
  }

  _formatInstant(iso, withZone) {
    if (!this._timeFormat) {
      this._timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
      this._zoneFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
    }
    return (withZone ? this._zoneFormat : this._timeFormat).format(new Date(iso));
  }

  _timeText(session) {
    if (this._myTime && session.utcStart) {
      const start = this._formatInstant(session.utcStart, true);
      return session.utcEnd ? `${start.replace(/\s*\S+$/, '')} – ${this._formatInstant(session.utcEnd, true)}` : start;
    }
    if (!session.start) return 'Time to be announced';
    // As written: floating times (no timezone) are never converted.
    return `${session.start}${session.end ? ` – ${session.end}` : ''}${session.tz ? ` ${session.tz}` : ''}`;
  }

  _session(index) {
    return this._sessions[index] ??= JSON.parse(this._board.session(index));
  }

  _highlight(index) {
    if (this._highlightText === null) return undefined;
    if (!this._highlights.has(index)) this._highlights.set(index, this._board.highlights(this._highlightText, [index])[0]);
    return this._highlights.get(index);
  }

  _renderSession(index) {
    const s = this._session(index);
    const h = this._highlight(index);
    const starred = this._favorites.has(s.id);
    const titleId = `${this._uid}-t${index}`;
    const heading = el('h3', { class: 'tb-title', id: titleId });
    const url = s.url && safeHttpUrl(s.url);
    const titleTarget = url ? el('a', { href: url, rel: 'noopener', target: '_blank' }) : heading;
    appendMarked(titleTarget, s.title, h && h.title);
    if (url) heading.append(titleTarget);

    const star = el('button', {
      type: 'button', class: 'tb-star', 'aria-pressed': String(starred), 'aria-label': `Star ${s.title}`,
      title: starred ? 'Remove from my schedule' : 'Add to my schedule', text: starred ? '★' : '☆',
      onclick: () => this._toggleFavorite(s.id),
    });
    const meta = el('p', { class: 'tb-meta' });
    if (s.kind) meta.append(el('span', { class: `tb-kind tb-kind-${s.kind}`, text: this._kindLabels.get(s.kind) || s.kind }));
    meta.append(el('time', { class: 'tb-time', datetime: s.utcStart || (s.date && s.start ? `${s.date}T${s.start}` : s.date), text: this._timeText(s) }));
    if (s.section) meta.append(el('span', { class: 'tb-section', text: s.section }));
    // An import's section is its track, else its room: show the room beside a track, never twice.
    if (s.room && s.room !== s.section) meta.append(el('span', { class: 'tb-room', text: s.room }));

    const article = el('article', { class: `tb-session${starred ? ' tb-starred' : ''}`, 'aria-labelledby': titleId, 'data-id': s.id },
      el('div', { class: 'tb-session-head' }, heading, star), meta);
    if (s.speakers.length) {
      const speakers = el('p', { class: 'tb-speakers' });
      s.speakers.forEach((sp, i) => {
        if (i) speakers.append(document.createTextNode(' · '));
        const marks = h && h.speakers[i];
        const name = el('span', { class: 'tb-speaker' });
        appendMarked(name, sp.name, marks && marks.name);
        speakers.append(name);
        if (sp.org) {
          const org = el('span', { class: 'tb-org' });
          appendMarked(org, sp.org, marks && marks.org);
          speakers.append(document.createTextNode(', '), org);
        }
      });
      article.append(speakers);
    }
    const conflicts = starred && this._conflicts.get(index);
    if (conflicts) {
      article.append(el('p', { class: 'tb-conflict', text: `Overlaps with ${conflicts.map((i) => isolate(this._session(i).title)).join('; ')}` }));
    }
    if (s.abstract) {
      const body = el('div', { class: 'tb-abstract' });
      for (const [text, ranges] of this._paragraphs(s.abstract, h && h.abstract)) {
        const p = el('p');
        appendMarked(p, text, ranges);
        body.append(p);
      }
      body.append(el('button', { type: 'button', class: 'tb-button tb-quiet', text: 'Add this session to calendar (.ics)',
        onclick: () => downloadText(this._icsName(`session-${s.id}`), this._board.icsSession(index), 'text/calendar') }));
      const details = el('details', { class: 'tb-details', open: this._open === s.id || Boolean(h && h.abstract.length) },
        el('summary', { text: 'Abstract' }), body);
      details.addEventListener('toggle', () => {
        if (details.open) this._open = s.id;
        else if (this._open === s.id) this._open = null;
        this._writeHash();
      });
      article.append(details);
    }
    return article;
  }

  // Splits an abstract at its "\n\n" paragraph breaks, shifting highlight ranges along.
  _paragraphs(text, ranges) {
    const out = [];
    let start = 0;
    for (const part of text.split('\n\n')) {
      const end = start + part.length;
      const mine = (ranges || []).filter(([b, e]) => b < end && e > start)
        .map(([b, e]) => [Math.max(b, start) - start, Math.min(e, end) - start]);
      out.push([part, mine]);
      start = end + 2;
    }
    return out;
  }

  _toggleFavorite(id) {
    if (this._favorites.has(id)) this._favorites.delete(id);
    else this._favorites.add(id);
    this._saveFavorites();
    const focusedId = id;
    this._render();
    const star = this._list.querySelector(`[data-id="${CSS.escape(focusedId)}"] .tb-star`);
    if (star) star.focus();
  }

  _renderNowNext(nowNext) {
    const name = (list) => list.map((i) => isolate(this._session(i).title)).join('; ');
    const parts = [];
    if (nowNext.now.length) parts.push(`On now: ${name(nowNext.now)}`);
    if (nowNext.next.length) parts.push(`Next: ${name(nowNext.next)}`);
    this._nowBox.textContent = parts.join(' — ');
    this._nowBox.hidden = !parts.length;
  }

  _renderFilters(facets) {
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.facet : null;
    const groups = [];
    // An imported schedule's section is derived from its tracks and rooms (schedule_import.h), which
    // have groups of their own; a Section group would repeat them, so it shows only if selected.
    const imported = this._values.room.length > 0 || this._values.track.length > 0;
    for (const d of DIMENSIONS) {
      const values = this._values[d.key];
      if (!values.length) continue;
      const counts = facets[d.key];
      const selected = this._selected[d.key];
      if (d.key === 'section' && imported && !selected.size) continue;
      const buttons = [];
      let hidden = 0;
      values.forEach((v, i) => {
        const isSelected = selected.has(v.value);
        if (!isSelected && counts[i] === 0 && values.length > FACETS_SHOWN) { hidden++; return; }
        if (!isSelected && !this._expanded.has(d.key) && buttons.length >= FACETS_SHOWN) { hidden++; return; }
        buttons.push(el('button', {
          type: 'button', class: 'tb-chip', 'aria-pressed': String(isSelected), 'data-facet': `${d.key}:${v.value}`,
          disabled: !isSelected && counts[i] === 0,
          onclick: () => {
            if (selected.has(v.value)) selected.delete(v.value); else selected.add(v.value);
            this._render();
          },
          // The count reads as "Tuesday, March 19 (13)": never run together with the label.
        }, el('span', { class: 'tb-chip-label', text: v.label }), ' ', el('span', { class: 'tb-count', text: `(${counts[i]})` })));
      });
      if (hidden && !this._expanded.has(d.key)) {
        buttons.push(el('button', { type: 'button', class: 'tb-chip tb-more', text: `Show all ${d.legend.toLowerCase()}s`,
          onclick: () => { this._expanded.add(d.key); this._render(); } }));
      }
      groups.push(el('fieldset', { class: 'tb-facet' }, el('legend', { text: d.legend }), ...buttons));
    }
    this._filterBox.replaceChildren(...groups);
    if (focused) {
      const again = this._filterBox.querySelector(`[data-facet="${CSS.escape(focused)}"]`);
      if (again) again.focus();
    }
  }
}
