// Shared by the two baseline pages (floor.html, typical.html): renders every session card with plain
// DOM calls, once, and filters by toggling `hidden` (a JS substring match over a lowercased haystack,
// every search word must occur; day buttons as in <talk-board>). No windowing, no debounce: the
// simplest reasonable page, so its cost is a floor for "render N cards and filter them in JS".
// Fires the same events as <talk-board> (talkboard-ready / talkboard-render, detail.count), so the
// runner (run.mjs) measures all pages the same way.
export function mountBoard(root, sessions) {
  const t0 = performance.now();
  const el = (tag, cls, text) => { const n = document.createElement(tag); if (cls) n.className = cls; if (text != null) n.textContent = text; return n; };
  const search = el('input', 'bb-search');
  search.type = 'search';
  search.setAttribute('aria-label', 'Search');
  const days = [...new Set(sessions.map((s) => s.date || ''))].filter(Boolean).sort();
  const selectedDays = new Set();
  const filters = el('div', 'bb-filters');
  for (const day of days) {
    const b = el('button', 'bb-chip', day);
    b.type = 'button';
    b.dataset.facet = `day:${day}`;
    b.setAttribute('aria-pressed', 'false');
    b.addEventListener('click', () => {
      if (selectedDays.has(day)) selectedDays.delete(day); else selectedDays.add(day);
      b.setAttribute('aria-pressed', String(selectedDays.has(day)));
      apply();
    });
    filters.append(b);
  }
  const status = el('p', 'bb-status');
  status.setAttribute('role', 'status');
  const list = el('div', 'bb-list');
  const cards = [];
  const hay = [];
  for (const s of sessions) {
    const card = el('article', 'bb-card');
    card.append(el('h3', null, s.title));
    card.append(el('p', 'bb-time', `${s.date || ''} ${s.start || ''}–${s.end || ''} ${s.tz || ''}`));
    const who = (s.speakers || []).map((p) => (p.org ? `${p.name}, ${p.org}` : p.name)).join(' & ');
    card.append(el('p', 'bb-speakers', who));
    card.append(el('p', 'bb-abstract', s.abstract || ''));
    if (s.url) { const a = el('a', null, 'Details'); a.href = s.url; card.append(a); }
    cards.push(card);
    hay.push(haystack(s));
    list.append(card);
  }
  root.replaceChildren(search, filters, status, list);
  const filter = makeFilter(sessions, hay);
  let shown = cards.length;
  function apply() {
    const keep = filter(search.value, selectedDays);
    shown = 0;
    for (let i = 0; i < cards.length; i++) {
      const on = keep[i] === 1;
      if (cards[i].hidden === on) cards[i].hidden = !on;
      shown += keep[i];
    }
    status.textContent = `${shown} sessions shown`;
    root.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count: shown } }));
  }
  search.addEventListener('input', apply);
  status.textContent = `${shown} sessions shown`;
  performance.measure('baseline:first-render', { start: t0 });
  root.dispatchEvent(new CustomEvent('talkboard-ready', { bubbles: true, detail: { count: shown } }));
  root.dispatchEvent(new CustomEvent('talkboard-render', { bubbles: true, detail: { count: shown } }));
}

// What the JS filter searches: title, speakers and orgs, abstract, lowercased once at load.
export function haystack(s) {
  const who = (s.speakers || []).map((p) => (p.org ? `${p.name}, ${p.org}` : p.name)).join(' & ');
  return `${s.title} ${who} ${s.abstract || ''}`.toLowerCase();
}

// The JS substring filter: returns a Uint8Array, 1 = the session matches the words and days.
export function makeFilter(sessions, hay) {
  return (text, selectedDays) => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const keep = new Uint8Array(hay.length);
    for (let i = 0; i < hay.length; i++) {
      if (selectedDays.size && !selectedDays.has(sessions[i].date)) continue;
      let ok = 1;
      for (const w of words) if (!hay[i].includes(w)) { ok = 0; break; }
      keep[i] = ok;
    }
    return keep;
  };
}

export const postParam = () => new URLSearchParams(location.search).get('post');
