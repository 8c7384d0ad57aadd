// The board's controls and containers, built once per load: the search box, the action buttons
// (my schedule only, my time, hide past, calendar downloads, share), the filter panel, the notice
// line, the live status, the now/next line and the session list.
import { el } from './dom.js';

/**
 * Builds the layout. `on` holds the handlers: search(value) (at most once per frame), and
 * downloadAll(), downloadMine(), share(); `toggles` maps mine / myTime / hidePast to
 * {get(), set(value)}: a press flips the value, updates aria-pressed and calls on.change().
 * Returns {root, search, mineButton, myTimeButton, pastButton, filterBox, status, noticeBox,
 * nowBox, list, cancel()} (cancel drops a search input waiting for its frame).
 */
export function buildLayout(uid, on, toggles) {
  let searchFrame = 0;
  const search = el('input', {
    type: 'search', id: `${uid}-q`, class: 'tb-search', placeholder: 'Talks, speakers, companies…',
    autocomplete: 'off', spellcheck: 'false',
    // No fixed debounce: the query runs before the next paint, once per frame however fast
    // the reader types, so each keystroke shows its results in the very next frame.
    oninput: () => {
      if (searchFrame) return;
      searchFrame = requestAnimationFrame(() => { searchFrame = 0; on.search(search.value); });
    },
  });
  const toggle = (label, state) => el('button', {
    type: 'button', class: 'tb-button', 'aria-pressed': String(state.get()), text: label,
    onclick: (event) => { state.set(!state.get()); event.currentTarget.setAttribute('aria-pressed', String(state.get())); on.change(); },
  });
  const parts = {
    search,
    myTimeButton: toggle('Show my time', toggles.myTime),
    mineButton: toggle('My schedule only', toggles.mine),
    pastButton: toggle('Hide past', toggles.hidePast),
    filterBox: el('div', { class: 'tb-filters' }),
    status: el('p', { role: 'status', class: 'tb-status', 'aria-live': 'polite' }),
    noticeBox: el('div', { class: 'tb-notice', hidden: true }),
    nowBox: el('p', { class: 'tb-now', hidden: true }),
    list: el('div', { class: 'tb-list' }),
    cancel() { cancelAnimationFrame(searchFrame); searchFrame = 0; },
  };
  const actions = el('div', { class: 'tb-actions' },
    parts.mineButton, parts.myTimeButton, parts.pastButton,
    el('button', { type: 'button', class: 'tb-button', text: 'Download calendar (.ics)', onclick: on.downloadAll }),
    el('button', { type: 'button', class: 'tb-button', text: 'Download my schedule (.ics)', onclick: on.downloadMine }),
    el('button', { type: 'button', class: 'tb-button', text: 'Share my schedule', onclick: on.share }),
  );
  parts.root = el('div', { class: 'tb' },
    el('div', { class: 'tb-toolbar' },
      el('label', { class: 'tb-search-label', for: `${uid}-q` }, el('span', { text: 'Search' })),
      search),
    actions,
    el('details', { class: 'tb-filter-panel', open: window.matchMedia('(min-width: 48rem)').matches },
      el('summary', { text: 'Filters' }), parts.filterBox),
    parts.noticeBox, parts.status, parts.nowBox, parts.list);
  return parts;
}
