// <talk-board>: renders the schedule the wasm core computes. Attributes in, events out.
//
//   <talk-board src="post.md"></talk-board>
//   <talk-board><script type="text/markdown">...</script></talk-board>   (or application/json)
//
// This class coordinates; each job has its module: loading.js (where the post comes from),
// schedule-data.js (the one module that calls the core), hash-state.js (the URL hash),
// favorites-store.js, layout.js (controls), filters.js, windowed-list.js, session-card.js,
// now-next.js, sharing.js. The DOM layer never parses, filters or sorts: the core answers every
// query. The element keeps only UI state (selection, favourites, what is open).
// Events: `talkboard-ready` after the first render, `talkboard-render` after each render,
// both with detail.count = sessions shown.
import { DIMENSION_KEYS } from './dimensions.js';
import { downloadText, el } from './dom.js';
import { readFavorites, saveFavorites } from './favorites-store.js';
import { renderFilters } from './filters.js';
import { boardParams, boardStateParams, hashPrefix, readBoardState, replaceBoardParams, shareHash } from './hash-state.js';
import { buildLayout } from './layout.js';
import { loadSchedule } from './loading.js';
import { Notice } from './notice.js';
import { renderNowNext } from './now-next.js';
import { renderSessionCard } from './session-card.js';
import { offerSharedSessions, showShareLink } from './sharing.js';
import { slotLabel } from './time-text.js';
import { WindowedList, isWindowed, pendingRow } from './windowed-list.js';

const HASH_WRITE_PAUSE_MS = 300;  // a pause in typing after which the search goes into the URL

let instances = 0;

export class TalkBoardElement extends HTMLElement {
  static get observedAttributes() { return ['src']; }

  constructor() {
    super();
    this._uid = `tb${++instances}`;
    this._data = null;
    this._selected = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, new Set()]));
    this._expanded = new Set();
    this._text = '';
    this._favorites = new Set();
    this._favoritesOnly = false;
    this._hidePast = false;
    this._myTime = false;
    this._open = null;
    this._rendered = false;
    this._loadToken = 0;
    this._renderToken = 0;
    this._wanted = new Set();  // sessions whose rows wait for their cards (see _renderRow)
    this._notice = new Notice();
    this._onHashChange = () => this._applyHash(true);
    this._windowFrame = 0;
    this._onScroll = () => {
      if (this._windowFrame || !this._list) return;
      this._windowFrame = requestAnimationFrame(() => { this._windowFrame = 0; this._list.update(); });
    };
  }

  connectedCallback() {
    window.addEventListener('hashchange', this._onHashChange);
    // Capture: scrolling of any ancestor scroller moves the window too.
    document.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this._onScroll, { passive: true });
    if (!this._data) this._load();
  }

  disconnectedCallback() {
    if (this._hashTimer) this._writeHash();  // a search typed just before the board left the page
    window.removeEventListener('hashchange', this._onHashChange);
    document.removeEventListener('scroll', this._onScroll, { capture: true });
    window.removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._windowFrame);
    this._windowFrame = 0;
    if (this._layout) this._layout.cancel();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue && this.isConnected && oldValue !== null) this._load();
  }

  async _load() {
    const token = ++this._loadToken;
    try {
      const loaded = await loadSchedule(this, () => token === this._loadToken);
      if (!loaded) return;
      if (this._data) this._data.dispose();
      this._data = loaded.data;
      this._postKey = loaded.key;
      const started = this._data.loadStarted;
      const favorites = readFavorites(this._postKey);
      this._favorites = favorites.ids;
      if (favorites.problem) this._notice.show(favorites.problem);
      performance.measure('talkboard:schedule', { start: started });
      this._build();
      await this._applyHash(false);
      await this._render();
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

  _saveFavorites() {
    const problem = saveFavorites(this._postKey, this._favorites);
    if (problem) this._notice.show(problem);
  }

  // ---- URL hash (hash-state.js) ------------------------------------------------------------------

  _hashPrefix() {
    const first = document.querySelector('talk-board:not([id])');
    return hashPrefix(this.id, first === this || !first);
  }

  async _applyHash(fromEvent) {
    const prefix = this._hashPrefix();
    if (prefix === null) return;
    const params = boardParams(window.location.hash, prefix);
    if (fromEvent && params.toString() === this._lastHash) return;
    const state = readBoardState(params, DIMENSION_KEYS);
    this._text = state.text;
    for (const key of DIMENSION_KEYS) this._selected[key] = new Set(state.selected[key]);
    this._favoritesOnly = state.mine;
    this._open = state.open;
    this._layout.search.value = this._text;
    // A shared link's invitation stays in the hash (so it survives a reload) until the reader
    // accepts or dismisses it. The core says which of its ids (and the open one) the schedule has.
    this._shared = state.shared;
    const ids = (this._shared || '').split(',').filter(Boolean);
    const [openIndex, ...found] = await this._data.sessionsWithIds([this._open || '', ...ids]);
    this._openIndex = openIndex;
    const fresh = ids.filter((id, i) => found[i] >= 0 && !this._favorites.has(id));
    if (fresh.length) this._offerShared(fresh);
    else this._shared = null;
    if (fromEvent) await this._render();
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
    const params = boardStateParams({
      text: this._text, selected: this._selected, mine: this._favoritesOnly, open: this._open, shared: this._shared,
    }, DIMENSION_KEYS);
    this._lastHash = params.toString();
    const hash = replaceBoardParams(window.location.hash, prefix, params);
    // Most renders (a scroll, a star) leave the state as it was: skip the write, which Chromium
    // answers over IPC and throttles after 200 calls in 10 s.
    if (hash === window.location.hash.slice(1)) return;
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    try { window.history.replaceState(null, '', url); } catch { /* sandboxed: keep going */ }
  }

  // ---- sharing (sharing.js) ------------------------------------------------------------------------

  _offerShared(ids) {
    const settle = () => { this._notice.clear(); this._shared = null; this._writeHash(); };
    offerSharedSessions(this._notice, ids.length, {
      accept: () => {
        for (const id of ids) this._favorites.add(id);
        this._saveFavorites();
        settle();
        this._render();
      },
      dismiss: settle,
    });
  }

  _share() {
    const ids = [...this._favorites];
    if (!ids.length) { this._notice.show('Star some sessions first, then share them.'); return; }
    const url = new URL(window.location.href);
    url.hash = shareHash(this._hashPrefix(), ids);
    showShareLink(this._notice, url.href);
  }

  // ---- layout, built once per load (layout.js) -----------------------------------------------------

  _build() {
    const download = (what, text) => downloadText(this._icsName(what), text, 'text/calendar');
    this._layout = buildLayout(this._uid, {
      search: (value) => { if (this._text !== value) { this._text = value; this._render({ typing: true }); } },
      change: () => this._render(),
      downloadAll: async () => download('schedule', await this._data.icsAll()),
      downloadMine: async () => download('my-schedule', await this._data.icsFavorites([...this._favorites])),
      share: () => this._share(),
    }, {
      mine: { get: () => this._favoritesOnly, set: (v) => { this._favoritesOnly = v; } },
      myTime: { get: () => this._myTime, set: (v) => { this._myTime = v; } },
      hidePast: { get: () => this._hidePast, set: (v) => { this._hidePast = v; } },
    });
    this._list = new WindowedList(this._layout.list, (row) => this._renderRow(row));
    // The element's children were the no-JS fallback (or the inline post): replace them.
    this.replaceChildren(this._layout.root);
    this.classList.add('tb-enhanced');
    this._notice.attach(this._layout.noticeBox);
  }

  _icsName(what) {
    const post = this._data.post;
    const base = (post && (post.path || post.title)) || 'talkboard';
    const slug = String(base).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'talkboard';
    return `${slug}-${what}.ics`;
  }

  // ---- rendering -----------------------------------------------------------------------------------

  // The core's Query (query.h; every field given, as embind requires).
  _query() {
    const selected = {};
    for (const key of DIMENSION_KEYS) selected[key] = [...this._selected[key]];
    return {
      text: this._text, selected, favoritesOnly: this._favoritesOnly, favorites: [...this._favorites],
      hidePast: this._hidePast, nowUtc: Date.now() / 1000,
      // Days and slots on the event's own clock; the core groups them in a reader's zone when given
      // {eventTime: false, utcOffsetMinutes} instead (view.h ShownZone).
      zone: { eventTime: true, utcOffsetMinutes: 0 },
    };
  }

  // typing: the search box changed. Its URL write waits until typing pauses (see _writeHashSoon).
  // The core answers asynchronously (its worker): a render whose answer arrives after a newer
  // render began is dropped.
  async _render({ typing = false } = {}) {
    if (!this._data) return;
    const data = this._data;
    const token = ++this._renderToken;
    const result = await data.query(this._query());
    // Flatten the core's days into rows (day heading, slot time, session).
    const sessions = result.sessions;
    const rows = [];
    for (const day of result.days) {
      rows.push({ type: 'day', label: day.label || 'Date to be announced' });
      for (const slot of day.slots) {
        const { first, count } = slot;
        rows.push({ type: 'slot', slot, first: sessions[first] });
        for (let k = first; k < first + count; k++) rows.push({ type: 'session', index: sessions[k] });
      }
    }
    // A list shown whole needs every card before it renders (a windowed one gets its first ones
    // with the answer, the rest as they scroll into view).
    if (!isWindowed(rows.length)) await data.fetchRows(sessions);
    if (token !== this._renderToken || data !== this._data) return;

    const conflicts = new Map();
    for (const { first, second } of result.conflicts.pairs) {
      if (!conflicts.has(first)) conflicts.set(first, []);
      if (!conflicts.has(second)) conflicts.set(second, []);
      conflicts.get(first).push(second);
      conflicts.get(second).push(first);
    }
    this._card = {
      data, uid: this._uid, favorites: this._favorites, conflicts, open: this._open, myTime: this._myTime,
      onToggleFavorite: (id) => this._toggleFavorite(id),
      onOpenChange: (id, open) => {
        if (open) this._open = id;
        else if (this._open === id) this._open = null;
        this._card.open = this._open;
        this._writeHash();
      },
      onDownloadSession: async (id) => downloadText(this._icsName(`session-${id}`), await data.icsSession(id), 'text/calendar'),
    };
    const layout = this._layout;
    renderFilters(layout.filterBox, {
      values: data.values, facets: result.facets, selected: this._selected, expanded: this._expanded,
      onChange: () => this._render(),
    });
    const count = sessions.length;
    layout.status.textContent = `${count} session${count === 1 ? '' : 's'} shown` +
      (count < result.total ? ` of ${result.total}` : '');
    layout.mineButton.textContent = `My schedule only (${this._favorites.size})`;
    renderNowNext(layout.nowBox, result.nowNext, (i) => data.session(i).title);

    this._list.setRows(rows);
    if (!count) {
      layout.list.append(el('p', { class: 'tb-empty', text: this._favoritesOnly && !this._favorites.size
        ? 'No starred sessions yet: star a talk to add it to your schedule.'
        : 'No sessions match. Try fewer filters or another search.' }));
    }
    if (typing) this._writeHashSoon(); else this._writeHash();
    if (!this._rendered) {
      this._rendered = true;
      if (this._open && this._openIndex >= 0) {
        this._list.scrollToRow(rows.findIndex((r) => r.type === 'session' && r.index === this._openIndex));
        await this._wantedArrived;  // the rows scrolled to
      }
      this.dispatchEvent(new CustomEvent('talkboard-ready', { bubbles: true, detail: { count } }));
    }
    this.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count } }));
  }

  _renderRow(row) {
    if (row.type === 'day') return el('h2', { class: 'tb-day-title', text: row.label });
    if (row.type === 'slot') {
      const text = row.slot.label ? slotLabel(row.slot, this._data.session(row.first), this._myTime) : 'Time to be announced';
      return el('p', { class: 'tb-slot-time', text });
    }
    if (!this._data.ready(row.index)) {
      this._want(row.index);
      return pendingRow('session');
    }
    return renderSessionCard(row.index, this._card);
  }

  // Rows scrolled into view whose cards have not arrived: fetched together, then rendered again.
  _want(index) {
    this._wanted.add(index);
    if (!this._wantedArrived) this._wantedArrived = this._fetchWanted();
  }

  async _fetchWanted() {
    const data = this._data;
    try {
      await null;  // the rest of the window asks first
      while (this._wanted.size && data === this._data) {
        const wanted = this._wanted;
        this._wanted = new Set();
        await data.fetchRows(wanted);
        if (data !== this._data) break;
        this._list.refresh((row) => (row.type === 'session' && wanted.has(row.index)) || (row.type === 'slot' && wanted.has(row.first)));
      }
    } finally {
      this._wantedArrived = null;
    }
  }

  async _toggleFavorite(id) {
    if (this._favorites.has(id)) this._favorites.delete(id);
    else this._favorites.add(id);
    this._saveFavorites();
    // The toggle answers at once; the render (counts, conflicts, "my schedule") follows the core's answer.
    const starSelector = `[data-id="${CSS.escape(id)}"] .tb-star`;
    for (const toggle of this._layout.list.querySelectorAll(starSelector)) toggle.setAttribute('aria-pressed', String(this._favorites.has(id)));
    await this._render();
    const star = this._layout.list.querySelector(starSelector);
    if (star) star.focus();
  }
}
