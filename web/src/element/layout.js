// The board's controls and containers, built once per load: a skip link to the sessions, the
// search box, the action buttons (my schedule only, my time, hide past, calendar downloads,
// share), the filter panel (collapsed: one click or key away, so the first sessions show above
// the fold), the summary of active filters with "Clear all", the notice line, the live status,
// the now/next line, the view switch (list, timetable, speakers) and the session list, or the box
// a view other than the list draws into.
import { webcalUrl } from '../calendar-links.js';
import { el } from './dom.js';
import { VIEWS } from './hash-state.js';
import { ui } from './ui-strings.js';

/**
 * Builds the layout. `on` holds the handlers: search(value) (at most once per frame), change()
 * (after a toggle), downloadAll(), downloadMine(), share(), view(name) (a view button pressed);
 * `toggles` maps mine / myTime / hidePast to {get(), set(value)}: a press flips the value and
 * calls on.change() (the render then sets every toggle's aria-pressed from the state: syncToggles).
 * Returns {root, search, toggles: {mine, myTime, hidePast} (buttons), views ({list, timetable,
 * speakers}: buttons), subscribe (the "Subscribe to calendar" link, or null), filterPanel, filterSummary, filterBox, showButton, active, noticeBox,
 * status, nowBox, list, viewBox, syncToggles(), showView(name), cancel()} (showView presses
 * that view's button and shows the list or the view box; cancel drops a search input waiting
 * for its frame). `calendar`: the page's published calendar (the board's `calendar` attribute, a
 * URL relative to the page), offered as a webcal: subscription; none when null or not http(s).
 */
export function buildLayout(uid, on, toggles, calendar = null) {
  let searchFrame = 0;
  const search = el('input', {
    type: 'search', id: `${uid}-q`, class: 'tb-search', placeholder: ui.searchPlaceholder,
    autocomplete: 'off', spellcheck: 'false',
    // No fixed debounce: the query runs before the next paint, once per frame however fast
    // the reader types, so each keystroke shows its results in the very next frame.
    oninput: () => {
      if (searchFrame) return;
      searchFrame = requestAnimationFrame(() => { searchFrame = 0; on.search(search.value); });
    },
  });
  const buttons = {};
  for (const [key, label] of [['mine', ui.mine], ['myTime', ui.myTime], ['hidePast', ui.hidePast]]) {
    buttons[key] = el('button', {
      type: 'button', class: 'tb-button', 'aria-pressed': 'false', text: label,
      onclick: () => { toggles[key].set(!toggles[key].get()); on.change(key); },
    });
  }
  const views = {};
  for (const name of VIEWS) {
    // The list is pressed from the start: a board that opens on it does not animate the change.
    views[name] = el('button', { type: 'button', class: 'tb-button', 'aria-pressed': String(name === 'list'), text: ui.views[name], onclick: () => on.view(name) });
  }
  const parts = {
    search,
    toggles: buttons,
    views,
    filterSummary: el('summary', { text: ui.filters }),
    filterBox: el('div', { class: 'tb-filters' }),
    // Closes the panel and brings the list into view: on a phone the list is below the panel,
    // and this button's count is the visible answer to a tapped filter.
    showButton: el('button', { type: 'button', class: 'tb-button tb-show' }),
    active: el('div', { class: 'tb-active', hidden: true }),
    noticeBox: el('div', { class: 'tb-notice', hidden: true }),
    status: el('p', { role: 'status', class: 'tb-status', 'aria-live': 'polite' }),
    nowBox: el('p', { class: 'tb-now', hidden: true }),
    list: el('div', { class: 'tb-list', id: `${uid}-list`, tabindex: '-1' }),
    viewBox: el('div', { class: 'tb-view', hidden: true }),
    syncToggles() {
      for (const [key, button] of Object.entries(buttons)) button.setAttribute('aria-pressed', String(toggles[key].get()));
    },
    showView(name) {
      for (const [key, button] of Object.entries(views)) button.setAttribute('aria-pressed', String(key === name));
      parts.list.hidden = name !== 'list';
      parts.viewBox.hidden = name === 'list';
    },
    cancel() { cancelAnimationFrame(searchFrame); searchFrame = 0; },
  };
  parts.filterPanel = el('details', { class: 'tb-filter-panel' }, parts.filterSummary, parts.filterBox,
    el('div', { class: 'tb-filter-foot' }, parts.showButton));
  parts.showButton.addEventListener('click', () => {
    parts.filterPanel.open = false;
    parts.list.focus({ preventScroll: true });
    parts.status.scrollIntoView({ block: 'start' });
  });
  let subscribe = null;
  try {
    if (calendar) subscribe = el('a', { class: 'tb-button', href: webcalUrl(calendar, document.baseURI), text: ui.subscribe });
  } catch { /* not an http(s) calendar: nothing to subscribe to */ }
  parts.subscribe = subscribe;
  const actions = el('div', { class: 'tb-actions' },
    buttons.mine, buttons.myTime, buttons.hidePast,
    el('button', { type: 'button', class: 'tb-button', text: ui.downloadAll, onclick: on.downloadAll }),
    subscribe,
    el('button', { type: 'button', class: 'tb-button', text: ui.downloadMine, onclick: on.downloadMine }),
    el('button', { type: 'button', class: 'tb-button', text: ui.share, onclick: on.share }),
  );
  parts.root = el('div', { class: 'tb' },
    el('a', { class: 'tb-skip', href: `#${uid}-list`, text: ui.skip,
      onclick: (event) => { event.preventDefault(); parts.list.focus(); parts.list.scrollIntoView({ block: 'start' }); } }),
    el('div', { class: 'tb-toolbar' },
      el('label', { class: 'tb-search-label', for: `${uid}-q` }, el('span', { text: ui.search })),
      search),
    actions, parts.filterPanel, parts.active, parts.noticeBox, parts.status, parts.nowBox,
    el('div', { class: 'tb-actions', role: 'group', 'aria-label': ui.view }, ...Object.values(views)),
    parts.list, parts.viewBox);
  return parts;
}
