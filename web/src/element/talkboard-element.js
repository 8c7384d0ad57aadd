// <talk-board>: renders the schedule the wasm core computes. Attributes in, events out.
//
//   <talk-board src="post.md"></talk-board>
//   <talk-board src="post.md"> …the post's HTML… </talk-board>     (the talk list is replaced)
//   <talk-board src="post.md" list="#talks"></talk-board>          (…or named: talk-list.js)
//   <talk-board><script type="text/markdown">...</script></talk-board>   (or application/json)
//   <talk-board src="post.md" calendar="schedule.ics"></talk-board>  (its published calendar:
//                                                                     "Subscribe" as webcal:)
//
// This class coordinates; each job has its module: loading.js (where the post comes from),
// schedule-data.js (the one module that asks the core, which answers asynchronously from its
// worker), talk-list.js (what on the page the schedule replaces), hash-state.js (the URL hash),
// reader-store.js (favourites, clock choice), layout.js (controls), filters.js,
// active-filters.js, windowed-list.js, session-card.js, now-next.js (and its minute clock),
// sharing.js; timetable-view.js and speakers-view.js draw the other views, each imported the first
// time a reader opens it (a page that never does never downloads them).
// The DOM layer never parses, filters, sorts or groups: the core answers every query.
// The element keeps only UI state (selection, favourites, what is open). Events:
// `talkboard-ready` after the first render, `talkboard-render` after each render, both with
// detail.count = sessions shown; before them, a big post's first sessions (read from its head
// while the core reads the rest) fire `talkboard-preview` (detail.count: the head's sessions shown).
import { activeFilters, renderActiveFilters } from './active-filters.js';
import { DIMENSION_KEYS } from './dimensions.js';
import { downloadText, el } from './dom.js';
import { renderFilters } from './filters.js';
import { boardParams, boardStateParams, hashPrefix, readBoardState, replaceBoardParams, shareHash } from './hash-state.js';
import { buildLayout } from './layout.js';
import { loadSchedule } from './loading.js';
import { Notice } from './notice.js';
import { LiveClock, nowSession, renderNowNext } from './now-next.js';
import { readFavorites, readTimeChoice, saveFavorites, saveTimeChoice } from './reader-store.js';
import { coreQuery } from './schedule-data.js';
import { markOnNow, renderSessionCard } from './session-card.js';
import { offerSharedSessions, showShareLink } from './sharing.js';
import { findTalkList } from './talk-list.js';
import { readerOffsetMinutes, sessionTime } from './time-text.js';
import { dayLabel, loadUiStrings, ui } from './ui-strings.js';
import { WindowedList, isWindowed, pendingRow } from './windowed-list.js';

const HASH_WRITE_PAUSE_MS = 300;
// The views other than the list, loaded on demand: render(box, laidOut, answer, data, view) draws
// one; the speakers view can also show(box, name) a speaker.
const VIEW_MODULES = {
  timetable: () => import('./timetable-view.js').then((m) => ({ render: m.renderTimetable })),
  speakers: () => import('./speakers-view.js').then((m) => ({ render: m.renderSpeakers, show: m.showSpeaker })),
};  // a pause in typing after which the search goes into the URL

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
    this._view = 'list';  // 'list' or a key of VIEW_MODULES
    this._rendered = false;
    this._loadToken = 0;
    this._renderToken = 0;
    this._wanted = new Set();  // sessions whose rows wait for their cards (see _renderRow)
    this._notice = new Notice();
    this._clock = new LiveClock(() => this._tick());
    this._onHistory = () => this._applyHash(true);
    this._windowFrame = 0;
    this._onScroll = () => {
      if (this._windowFrame || !this._list || this._view !== 'list') return;
      this._windowFrame = requestAnimationFrame(() => { this._windowFrame = 0; this._list.update(); });
    };
  }

  connectedCallback() {
    // Back and Forward come as popstate (filter changes push history entries); a link or a typed
    // URL as hashchange. Either way the hash is read again (twice is harmless: same state).
    window.addEventListener('hashchange', this._onHistory);
    window.addEventListener('popstate', this._onHistory);
    // Capture: scrolling of any ancestor scroller moves the window too.
    document.addEventListener('scroll', this._onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this._onScroll, { passive: true });
    if (!this._data) this._load();
    else this._clock.start();
  }

  disconnectedCallback() {
    if (this._hashTimer) this._writeHash();  // a search typed just before the board left the page
    window.removeEventListener('hashchange', this._onHistory);
    window.removeEventListener('popstate', this._onHistory);
    document.removeEventListener('scroll', this._onScroll, { capture: true });
    window.removeEventListener('resize', this._onScroll);
    cancelAnimationFrame(this._windowFrame);
    this._windowFrame = 0;
    this._clock.stop();
    if (this._layout) this._layout.cancel();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (name === 'src' && oldValue !== newValue && this.isConnected && oldValue !== null) this._load();
  }

  async _load() {
    const token = ++this._loadToken;
    // A big post's head shows first, while the core reads the rest (core-host.js), on a board
    // that has nothing of the page to replace, on a page opened without a fragment (no state in
    // the URL that the head would not show): the first sessions of the head, which the whole
    // schedule then replaces.
    const onPreview = this._data || location.hash || this.hasAttribute('list') || this.querySelector(':scope > :not(script)')
      ? null : (data) => this._preview(data).catch(() => {});
    try {
      const [loaded] = await Promise.all([loadSchedule(this, () => token === this._loadToken, onPreview), loadUiStrings()]);
      if (!loaded) return;
      if (this._data) this._data.dispose();
      this._data = loaded.data;
      this._postKey = loaded.key;
      const started = this._data.loadStarted;
      const favorites = readFavorites(this._postKey);
      this._favorites = favorites.ids;
      if (favorites.problem) this._notice.show(favorites.problem);
      performance.measure('talkboard:schedule', { start: started });
      await this._build();
      await this._applyHash(false);
      await this._render();
      performance.measure('talkboard:first-render', { start: started });
      this._clock.start();
    } catch (error) {
      if (token !== this._loadToken) return;
      if (this._data?.partial) {  // the head read, the whole post not: no schedule
        this._layout.root.remove();
        this._data = null;
      }
      this._showError(error && error.message ? error.message : String(error));
    }
  }

  // The head of a big post (PreviewData), shown until the whole schedule is read: the same layout
  // and list, its controls inert until then. Settles once the frame that shows it is drawn.
  async _preview(data) {
    await loadUiStrings();
    this._data = data;
    await this._build();
    this._layout.root.inert = true;
    await this._render();
    performance.measure('talkboard:preview', { start: data.loadStarted });
    await new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn)));
  }

  // A post the core cannot read: readers keep the post as written (the board's children stay) with
  // a short neutral note; the author's detail goes to the console and to a `talkboard-error` event.
  _showError(message) {
    let box = this.querySelector(':scope > .tb-unavailable');
    if (!box) {
      box = el('p', { class: 'tb-unavailable', role: 'status' });
      this.prepend(box);
    }
    box.textContent = ui.unavailable;
    console.warn(`talkboard: the schedule could not be built: ${message}`);
    this.dispatchEvent(new CustomEvent('talkboard-error', { bubbles: true, detail: { message } }));
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
    if (prefix === null) {
      if (!fromEvent) this._myTime = readTimeChoice() ?? false;
      return;
    }
    const params = boardParams(window.location.hash, prefix);
    if (fromEvent && params.toString() === this._lastHash) return;
    const state = readBoardState(params, DIMENSION_KEYS);
    this._text = state.text;
    for (const key of DIMENSION_KEYS) this._selected[key] = new Set(state.selected[key]);
    this._favoritesOnly = state.mine;
    this._myTime = state.myTime ?? readTimeChoice() ?? false;
    this._open = state.open;
    this._view = state.view;
    this._layout.search.value = this._text;
    // A shared link's invitation stays in the hash (so it survives a reload) until the reader
    // accepts or dismisses it. The core says which of its ids (and the open one) the schedule has.
    this._shared = state.shared;
    const ids = (this._shared || '').split(',').filter(Boolean);
    const data = this._data;
    const [openIndex, ...found] = await data.sessionsWithIds([this._open || '', ...ids]);
    this._openIndex = openIndex;
    const fresh = ids.map((id, i) => [id, found[i]]).filter(([id, index]) => index >= 0 && !this._favorites.has(id));
    if (fresh.length) {
      await data.fetchRows(fresh.map(([, index]) => index));  // their titles, for the invitation
      if (data === this._data) this._offerShared(fresh.map(([id]) => id), fresh.map(([, index]) => data.session(index).title));
    } else {
      this._shared = null;
    }
    if (fromEvent) await this._render();
  }

  // history.replaceState costs 25-35 ms per call in Chromium (an IPC round trip), most of a
  // keystroke's budget at 10,000 sessions: while the reader types, the URL is written once typing
  // pauses. Any other state change writes at once (and so also settles a pending write).
  _writeHashSoon() {
    clearTimeout(this._hashTimer);
    this._hashTimer = setTimeout(() => this._writeHash(), HASH_WRITE_PAUSE_MS);
  }

  // push: a new history entry (a filter change, so that Back undoes it); else the current entry
  // is replaced (typing, an abstract opened, a share invitation settled).
  _writeHash(push = false) {
    clearTimeout(this._hashTimer);
    this._hashTimer = 0;
    const prefix = this._hashPrefix();
    if (prefix === null) return;
    const params = boardStateParams({
      text: this._text, selected: this._selected, mine: this._favoritesOnly, myTime: this._myTime,
      open: this._open, shared: this._shared, view: this._view,
    }, DIMENSION_KEYS);
    this._lastHash = params.toString();
    const hash = replaceBoardParams(window.location.hash, prefix, params);
    // Most renders (a scroll, a star) leave the state as it was: skip the write, which Chromium
    // answers over IPC and throttles after 200 calls in 10 s.
    if (hash === window.location.hash.slice(1)) return;
    const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`;
    try {
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    } catch { /* sandboxed: keep going */ }
  }

  // ---- sharing (sharing.js) ------------------------------------------------------------------------

  _offerShared(ids, titles) {
    const settle = () => { this._notice.clear(); this._shared = null; this._writeHash(); };
    offerSharedSessions(this._notice, titles, {
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
    if (!ids.length) { this._notice.show(ui.starFirst); return; }
    const url = new URL(window.location.href);
    url.hash = shareHash(this._hashPrefix(), ids);
    showShareLink(this._notice, url.href);
  }

  async _downloadMine() {
    const ids = [...this._favorites];
    const found = await this._data.sessionsWithIds(ids);
    const mine = ids.filter((id, i) => found[i] >= 0);
    if (!mine.length) {
      this._notice.show(ui.emptyCalendar);
      return;
    }
    this._notice.clear();
    downloadText(this._icsName('my-schedule'), await this._data.icsFavorites(mine), 'text/calendar');
  }

  // ---- layout, built once per load (layout.js) -----------------------------------------------------

  async _build() {
    const data = this._data;
    const download = (what, text) => downloadText(this._icsName(what), text, 'text/calendar');
    const layout = buildLayout(this._uid, {
      search: (value) => { if (this._text !== value) { this._text = value; this._render({ typing: true }); } },
      change: (key) => {
        if (key === 'myTime') saveTimeChoice(this._myTime);
        this._render({ push: true });
      },
      downloadAll: async () => download('schedule', await this._data.icsAll()),
      downloadMine: () => this._downloadMine(),
      share: () => this._share(),
      view: (name) => { if (this._view !== name) { this._view = name; this._render({ push: true }); } },
    }, {
      mine: { get: () => this._favoritesOnly, set: (v) => { this._favoritesOnly = v; } },
      myTime: { get: () => this._myTime, set: (v) => { this._myTime = v; } },
      hidePast: { get: () => this._hidePast, set: (v) => { this._hidePast = v; } },
    }, this.getAttribute('calendar'));
    this._list = new WindowedList(layout.list, (row, i) => this._renderRow(row, i));
    if (this._layout && this._layout.root.isConnected) {
      this._layout.root.replaceWith(layout.root);  // a new src: the schedule stays where it was
    } else {
      // The board's own content: the no-JS fallback or the post itself (talk-list.js), keeping
      // everything but the talk list; or only the post's source, replaced as a whole.
      const talkList = await findTalkList(this, async () => {
        const all = Array.from({ length: data.size }, (_, i) => i);
        await data.fetchRows(all);
        return all.map((i) => data.session(i));
      });
      if (!talkList) this.replaceChildren(layout.root);
      else {
        if (talkList.anchor) talkList.anchor.before(layout.root);
        else this.append(layout.root);
        for (const node of talkList.nodes) node.remove();
        // An inline source is in the core now: the page need not keep a second copy of the post.
        for (const script of this.querySelectorAll(':scope > script[type="text/markdown"], :scope > script[type="application/json"]')) script.remove();
      }
    }
    this._layout = layout;
    this.classList.add('tb-enhanced');
    this._notice.attach(layout.noticeBox);
  }

  _icsName(what) {
    const post = this._data.post;
    const base = (post && (post.path || post.title)) || 'talkboard';
    const slug = String(base).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'talkboard';
    return `${slug}-${what}.ics`;
  }

  // ---- rendering -----------------------------------------------------------------------------------

  // The core's Query for the reader's state. In the reader's own time the core groups days and
  // slots at their UTC offset on the event's first day (view.h ShownZone).
  _query() {
    const firstDay = this._data.values.day.length ? this._data.values.day[0].value : null;
    return coreQuery({
      text: this._text, selected: this._selected, favoritesOnly: this._favoritesOnly, favorites: this._favorites,
      hidePast: this._hidePast, nowUtc: Date.now() / 1000,
      zone: { eventTime: !this._myTime, utcOffsetMinutes: this._myTime ? readerOffsetMinutes(firstDay) : 0 },
    });
  }

  // typing: the search box changed (its URL write waits until typing pauses: _writeHashSoon);
  // push: a filter changed (a new history entry). The core answers asynchronously (its worker):
  // a render whose answer arrives after a newer render began is dropped.
  async _render({ typing = false, push = false } = {}) {
    if (!this._data) return;
    const data = this._data;
    const token = ++this._renderToken;
    const query = this._query();
    const view = this._view;
    let result;
    let laidOut = null;
    if (view === 'list') result = await data.query(query);
    else ({ answer: result, view: laidOut } = await data.queryView(query, view));
    const drawView = view === 'list' ? null : (await VIEW_MODULES[view]()).render;
    // Flatten the core's days into rows (day heading, sessions).
    const sessions = result.sessions;
    const rows = [];
    for (const day of result.days) {
      rows.push({ type: 'day', label: day.date ? dayLabel(day.date) : ui.dateTba });
      for (const slot of day.slots) {
        for (let k = slot.first; k < slot.first + slot.count; k++) rows.push({ type: 'session', index: sessions[k], dayDate: day.date });
      }
    }
    // A big post's head shows its first rows only (their cards came with it): a first screen.
    if (data.partial) rows.splice(data.partial);
    // A list shown whole needs every card before it renders (a windowed one gets its first ones
    // with the answer, the rest as they scroll into view).
    if (!drawView && !isWindowed(rows.length)) await data.fetchRows(sessions);
    if (token !== this._renderToken || data !== this._data) return;

    // The current time, marked in the list before the session it stands in or before (the event on).
    this._nowAt = nowSession(result.nowNext, (i) => data.session(i).utcStart, Date.now());
    const nowRow = rows.findIndex((r) => r.type === 'session' && r.index === this._nowAt);
    if (nowRow >= 0) rows.splice(nowRow, 0, { type: 'now' });

    const conflicts = new Map();
    for (const { first, second } of result.conflicts.pairs) {
      if (!conflicts.has(first)) conflicts.set(first, []);
      if (!conflicts.has(second)) conflicts.set(second, []);
      conflicts.get(first).push(second);
      conflicts.get(second).push(first);
    }
    this._card = {
      data, uid: this._uid, favorites: this._favorites, conflicts, open: this._open, myTime: this._myTime,
      onNow: new Set(result.nowNext.now),
      onToggleFavorite: (id) => this._toggleFavorite(id),
      onOpenChange: (id, open) => {
        if (open) this._open = id;
        else if (this._open === id) this._open = null;
        this._card.open = this._open;
        this._writeHash();
      },
      onDownloadSession: async (id) => downloadText(this._icsName(`session-${id}`), await data.icsSession(id), 'text/calendar'),
      speaker: { href: `#${new URLSearchParams({ [`${this._hashPrefix() ?? ''}view`]: 'speakers' })}`, show: (name) => this._showSpeaker(name) },
    };
    const layout = this._layout;
    // A head's filters would name only its own values: the panel fills with the whole schedule.
    if (!data.partial) renderFilters(layout.filterBox, {
      values: data.values, facets: result.facets, narrows: data.narrows, selected: this._selected, expanded: this._expanded,
      onChange: () => this._render({ push: true }),
    });
    const active = activeFilters({ text: this._text, selected: this._selected, mine: this._favoritesOnly, hidePast: this._hidePast },
      (key, value) => data.labelOf(key, value));
    renderActiveFilters(layout.active, active, { onRemove: (filter) => this._removeFilter(filter), onClearAll: () => this._clearFilters() });
    const chosen = DIMENSION_KEYS.reduce((n, key) => n + this._selected[key].size, 0);
    layout.filterSummary.textContent = chosen ? ui.filtersActive(chosen) : ui.filters;
    const count = sessions.length;
    layout.status.textContent = data.partial ? ui.reading : ui.shown(count, result.total);
    layout.showButton.textContent = ui.showSessions(count);
    layout.toggles.mine.textContent = ui.mineCount(this._favorites.size);
    layout.syncToggles();
    this._renderNowNext(result.nowNext);

    layout.showView(view);
    if (drawView) {
      drawView(layout.viewBox, laidOut, result, data, {
        uid: this._uid, ui, favorites: this._favorites, onOpen: (index) => this._openInList(index),
        timeOf: (session, dayDate) => sessionTime(session, { myTime: this._myTime, dayDate }),
        dayLabel: (group) => (group.date ? dayLabel(group.date) : ui.dateTba),
      });
      this._list.setRows([]);
    } else {
      layout.viewBox.replaceChildren();
      this._list.setRows(rows);
    }
    if (typing) this._writeHashSoon(); else this._writeHash(push);
    if (!count) {
      const message = await this._emptyMessage(query);
      if (token !== this._renderToken) return;
      (drawView ? layout.viewBox : layout.list).append(message);
    }
    if (data.partial) {
      this.dispatchEvent(new CustomEvent('talkboard-preview', { bubbles: true, detail: { count } }));
      return;
    }
    if (!this._rendered) {
      this._rendered = true;
      if (this._open && this._openIndex >= 0 && !drawView) await this._reveal(this._openIndex, false);
      this.dispatchEvent(new CustomEvent('talkboard-ready', { bubbles: true, detail: { count } }));
    }
    this.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count } }));
  }

  // Why the list is empty, and the way out.
  async _emptyMessage(query) {
    const box = el('div', { class: 'tb-empty' });
    if (this._favoritesOnly && !this._favorites.size) {
      box.append(el('p', { text: ui.noStarred }));
    } else if (this._hidePast && (await this._data.query({ ...query, hidePast: false }, 0)).sessions.length) {
      const all = !activeFilters({ text: this._text, selected: this._selected, mine: this._favoritesOnly, hidePast: false }, String).length;
      box.append(el('p', { text: all ? ui.allOver : ui.matchesOver }),
        el('button', { type: 'button', class: 'tb-button', text: ui.showPast,
          onclick: () => { this._hidePast = false; this._render({ push: true }); } }));
    } else {
      box.append(el('p', { text: ui.noMatch }));
    }
    return box;
  }

  _renderRow(row, i) {
    if (row.type === 'day') return el('h2', { class: 'tb-day-title', text: row.label });
    if (row.type === 'now') return el('p', { class: 'tb-now-mark', text: ui.now });
    const data = this._data;
    if (!data.ready(row.index)) {
      this._want(row.index);
      return pendingRow('session');
    }
    // The section shows on the first card of a run (the first of its day, or after another
    // section); when the card before has not arrived, it shows.
    const rows = this._list.rows;
    const before = rows[i - 1].type === 'now' ? rows[i - 2] : rows[i - 1];
    const showSection = before.type === 'day' || !data.ready(before.index)
      || data.session(before.index).section !== data.session(row.index).section;
    return renderSessionCard({ ...row, showSection }, this._card);
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
        this._list.refresh((row) => row.type === 'session' && wanted.has(row.index));
      }
    } finally {
      this._wantedArrived = null;
    }
  }

  _renderNowNext(nowNext) {
    const prefix = this._hashPrefix();
    renderNowNext(this._layout.nowBox, nowNext, {
      titleOf: (i) => this._data.session(i).title,
      hrefOf: (i) => `#${new URLSearchParams({ [`${prefix ?? ''}open`]: this._data.session(i).id })}`,
      reveal: (i) => this._reveal(i, true),
      jump: this._nowAt >= 0 ? () => this._jumpToNow() : null,
    });
  }

  // "Jump to now": the session the current time is in or before, in the list (its card focused,
  // the "Now" mark above it) or in the timetable (its cell, by the now line).
  async _jumpToNow() {
    const index = this._nowAt;
    if (index < 0) return;
    if (this._view === 'timetable') {
      const cell = this._layout.viewBox.querySelector(`.tb-tt-cell[data-id="${CSS.escape(this._data.session(index).id)}"] button`);
      if (cell) {
        cell.scrollIntoView({ block: 'center', inline: 'nearest' });
        cell.focus({ preventScroll: true });
      }
      return;
    }
    if (this._view !== 'list') {
      this._view = 'list';
      await this._render({ push: true });
    }
    await this._reveal(index, true);
  }

  // A session chosen in another view: the list, with its card open, scrolled to and focused.
  async _openInList(index) {
    this._view = 'list';
    this._open = this._data.session(index).id;
    await this._render({ push: true });
    await this._reveal(index, true);
  }

  // A speaker named on a card: the speakers view, scrolled to them (they are among the matches).
  async _showSpeaker(name) {
    this._view = 'speakers';
    await this._render({ push: true });
    const { show } = await VIEW_MODULES.speakers();
    show(this._layout.viewBox, name);
  }

  // Scrolls session `index`'s card into view (once its card is here); focus: move the keyboard
  // focus to it as well.
  async _reveal(index, focus) {
    const row = this._list.rows.findIndex((r) => r.type === 'session' && r.index === index);
    this._list.scrollToRow(row);
    if (this._wantedArrived) await this._wantedArrived;  // the rows scrolled to
    const node = this._list.nodeAt(row);
    if (focus && node) {
      node.setAttribute('tabindex', '-1');
      node.focus();
    }
  }

  // Every minute: what is on now (and, with "Hide past", what is shown) moves on with the clock.
  async _tick() {
    const data = this._data;
    if (!data || !this._layout) return;
    if (this._view !== 'list') { this._render(); return; }  // a view is drawn anew (its now line moves)
    const token = this._renderToken;
    const result = await data.query(this._query());
    if (data !== this._data || token !== this._renderToken) return;  // a render came in between
    const shown = this._list.rows.filter((r) => r.type === 'session');
    const same = shown.length === result.sessions.length && shown.every((r, k) => r.index === result.sessions[k]);
    // The cards of the sessions now/next name came with the answer (core-host.js).
    const moved = nowSession(result.nowNext, (i) => data.session(i).utcStart, Date.now()) !== this._nowAt;
    if (!same || moved) { this._render(); return; }
    this._card.onNow = new Set(result.nowNext.now);
    this._renderNowNext(result.nowNext);
    const onNowIds = new Set(Array.from(result.nowNext.now, (i) => data.session(i).id));  // (an Int32Array maps to numbers)
    for (const node of this._list.shownNodes()) {
      if (node.dataset.id) markOnNow(node, onNowIds.has(node.dataset.id));
    }
  }

  _removeFilter(filter) {
    if (filter.kind === 'text') { this._text = ''; this._layout.search.value = ''; }
    else if (filter.kind === 'dimension') this._selected[filter.key].delete(filter.value);
    else if (filter.kind === 'mine') this._favoritesOnly = false;
    else if (filter.kind === 'past') this._hidePast = false;
    this._render({ push: true }).then(() => (this._layout.active.querySelector('button') || this._layout.search).focus());
  }

  _clearFilters() {
    this._text = '';
    this._layout.search.value = '';
    for (const key of DIMENSION_KEYS) this._selected[key].clear();
    this._favoritesOnly = false;
    this._hidePast = false;
    this._layout.search.focus();
    this._render({ push: true });
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
