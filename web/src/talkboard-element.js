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
import { loadCore } from './core-loader.js';

const DIMENSIONS = [
  { key: 'day', query: 'days', legend: 'Day' },
  { key: 'kind', query: 'kinds', legend: 'Kind' },
  { key: 'section', query: 'sections', legend: 'Section' },
  { key: 'speaker', query: 'speakers', legend: 'Speaker' },
  { key: 'org', query: 'orgs', legend: 'Organization' },
];
const FACETS_SHOWN = 12;     // values per dimension before "Show all"
const ROWS_PER_CHUNK = 60;   // rows (day headings, slots, sessions) rendered per scroll step
const SEARCH_DELAY_MS = 80;

let instances = 0;

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
    this._sessions = [];
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
    this._onScroll = null;
  }

  connectedCallback() {
    window.addEventListener('hashchange', this._onHashChange);
    if (!this._board) this._load();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this._onHashChange);
    if (this._observer) this._observer.disconnect();
    clearTimeout(this._searchTimer);
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

  async _load() {
    const token = ++this._loadToken;
    try {
      const [core, post] = await Promise.all([loadCore(), this._readPost()]);
      if (token !== this._loadToken) return;
      const board = new core.Board();
      const loaded = JSON.parse(board.load(post.text));
      if (!loaded.ok) {
        board.delete();
        this._showError(loaded.error.message);
        return;
      }
      if (this._board) this._board.delete();
      this._board = board;
      this._storageKey = `talkboard:favorites:${post.key}`;
      const schedule = JSON.parse(board.schedule());
      this._post = schedule.post;
      this._sessions = schedule.sessions;
      this._values = JSON.parse(board.dimensionValues());
      this._kindLabels = new Map(this._values.kind.map((v) => [v.value, v.label]));
      this._idToIndex = new Map(this._sessions.map((s, i) => [s.id, i]));
      this._favorites = this._readFavorites();
      this._build();
      this._applyHash(false);
      this._render();
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

  // ---- URL hash: q, day, kind, section, speaker, org, fav-only, open, shared -----------------------

  _applyHash(fromEvent) {
    const params = new URLSearchParams(window.location.hash.slice(1));
    if (fromEvent && params.toString() === this._lastHash) return;
    this._text = params.get('q') || '';
    for (const d of DIMENSIONS) this._selected[d.key] = new Set(params.getAll(d.key));
    this._favoritesOnly = params.has('mine');
    this._open = params.get('open');
    this._search.value = this._text;
    const shared = (params.get('shared') || '').split(',').filter((id) => this._idToIndex.has(id));
    const fresh = shared.filter((id) => !this._favorites.has(id));
    if (fresh.length) this._offerMerge(fresh);
    if (fromEvent) this._render();
  }

  _writeHash() {
    const params = new URLSearchParams();
    if (this._text) params.set('q', this._text);
    for (const d of DIMENSIONS) for (const v of this._selected[d.key]) params.append(d.key, v);
    if (this._favoritesOnly) params.set('mine', '1');
    if (this._open) params.set('open', this._open);
    const hash = params.toString();
    this._lastHash = hash;
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
        this._writeHash();
        this._render();
      } }),
      el('button', { type: 'button', class: 'tb-button tb-quiet', text: 'Dismiss', onclick: () => {
        this._clearNotice();
        this._writeHash();
      } }),
    );
  }

  _share() {
    const ids = [...this._favorites];
    if (!ids.length) { this._notice('Star some sessions first, then share them.'); return; }
    const url = new URL(window.location.href);
    url.hash = new URLSearchParams({ shared: ids.join(',') }).toString();
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
      oninput: () => {
        clearTimeout(this._searchTimer);
        this._searchTimer = setTimeout(() => { this._text = this._search.value; this._render(); }, SEARCH_DELAY_MS);
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
    this._sentinel = el('div', { class: 'tb-sentinel', 'aria-hidden': 'true' });
    const root = el('div', { class: 'tb' },
      el('div', { class: 'tb-toolbar' },
        el('label', { class: 'tb-search-label', for: `${id}-q` }, el('span', { text: 'Search' })),
        this._search),
      actions,
      el('details', { class: 'tb-filter-panel', open: window.matchMedia('(min-width: 48rem)').matches },
        el('summary', { text: 'Filters' }), this._filterBox),
      this._noticeBox, this._status, this._nowBox, this._list, this._sentinel);
    // The element's children were the no-JS fallback (or the inline post): replace them.
    this.replaceChildren(root);
    this.classList.add('tb-enhanced');
    if (this._pendingNotice) { this._notice(this._pendingNotice[0], ...this._pendingNotice[1]); this._pendingNotice = null; }
    if (this._observer) this._observer.disconnect();
    this._observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this._renderMoreRows();
    }, { rootMargin: '800px 0px' });
    this._observer.observe(this._sentinel);
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

  _render() {
    if (!this._board) return;
    const result = JSON.parse(this._board.query(this._query()));
    this._result = result;
    this._highlights = new Map(result.highlights.map((h) => [h.session, h]));
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

    // Flatten the core's groups into rows; render a chunk now and more as the reader scrolls.
    this._rows = [];
    for (const day of result.groups) {
      this._rows.push({ type: 'day', label: day.label || 'Date to be announced', count: day.slots.reduce((n, s) => n + s.sessions.length, 0) });
      for (const slot of day.slots) {
        this._rows.push({ type: 'slot', slot });
        for (const index of slot.sessions) this._rows.push({ type: 'session', index });
      }
    }
    this._rowsShown = 0;
    this._list.replaceChildren();
    this._dayNode = null;
    let target = ROWS_PER_CHUNK;
    if (this._open && this._idToIndex.has(this._open)) {
      const openIndex = this._idToIndex.get(this._open);
      const at = this._rows.findIndex((r) => r.type === 'session' && r.index === openIndex);
      if (at >= 0) target = Math.max(target, at + 1);
    }
    this._renderRows(target);
    if (!count) {
      this._list.append(el('p', { class: 'tb-empty', text: this._favoritesOnly && !this._favorites.size
        ? 'No starred sessions yet: star a talk to add it to your schedule.'
        : 'No sessions match. Try fewer filters or another search.' }));
    }
    this._writeHash();
    if (!this._rendered) {
      this._rendered = true;
      if (this._open) {
        const opened = this._list.querySelector(`[data-id="${CSS.escape(this._open)}"]`);
        if (opened) opened.scrollIntoView({ block: 'start' });
      }
      this.dispatchEvent(new CustomEvent('talkboard-ready', { bubbles: true, detail: { count } }));
    }
    this.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count } }));
  }

  _renderMoreRows() {
    if (this._rows && this._rowsShown < this._rows.length) this._renderRows(this._rowsShown + ROWS_PER_CHUNK);
  }

  _renderRows(until) {
    const end = Math.min(until, this._rows.length);
    const fragment = document.createDocumentFragment();
    let day = this._dayNode;
    let slotList = this._slotList;
    for (let i = this._rowsShown; i < end; i++) {
      const row = this._rows[i];
      if (row.type === 'day') {
        day = el('section', { class: 'tb-day' }, el('h2', { class: 'tb-day-title', text: row.label }));
        fragment.append(day);
      } else if (row.type === 'slot') {
        slotList = el('div', { class: 'tb-slot-sessions' });
        day.append(el('div', { class: 'tb-slot' },
          el('p', { class: 'tb-slot-time', text: row.slot.label ? this._slotLabel(row.slot) : 'Time to be announced' }),
          slotList));
      } else {
        slotList.append(this._renderSession(row.index));
      }
    }
    this._list.append(fragment);
    this._dayNode = day;
    this._slotList = slotList;
    this._rowsShown = end;
    this._sentinel.hidden = end >= this._rows.length;
  }

  _slotLabel(slot) {
    const first = this._sessions[slot.sessions[0]];
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

  _renderSession(index) {
    const s = this._sessions[index];
    const h = this._highlights.get(index);
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
      article.append(el('p', { class: 'tb-conflict', text: `Overlaps with ${conflicts.map((i) => this._sessions[i].title).join('; ')}` }));
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
    const name = (list) => list.map((i) => this._sessions[i].title).join('; ');
    const parts = [];
    if (nowNext.now.length) parts.push(`On now: ${name(nowNext.now)}`);
    if (nowNext.next.length) parts.push(`Next: ${name(nowNext.next)}`);
    this._nowBox.textContent = parts.join(' — ');
    this._nowBox.hidden = !parts.length;
  }

  _renderFilters(facets) {
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.facet : null;
    const groups = [];
    for (const d of DIMENSIONS) {
      const values = this._values[d.key];
      if (!values.length) continue;
      const counts = facets[d.key];
      const selected = this._selected[d.key];
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
        }, el('span', { class: 'tb-chip-label', text: v.label }), el('span', { class: 'tb-count', text: String(counts[i]) })));
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
