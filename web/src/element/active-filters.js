// What the reader has narrowed the list by, always in view (the filter panel is usually
// collapsed): "Filtered by: “kernel” ✕  Lightning Talk ✕  My schedule ✕  Clear all". Each chip
// removes its filter; "Clear all" removes every one. Hidden when nothing filters.
import { el } from './dom.js';
import { DIMENSIONS } from './dimensions.js';
import { ui } from './ui-strings.js';

/**
 * The active filters as [{kind: 'text'|'dimension'|'mine'|'past', key, value, label}] from the
 * reader's state: text, selected ({key: Set}), mine, hidePast; labelOf(key, value) names a value.
 */
export function activeFilters({ text, selected, mine, hidePast }, labelOf) {
  const out = [];
  if (text.trim()) out.push({ kind: 'text', label: `“${text.trim()}”`, legend: ui.searchLegend });
  for (const d of DIMENSIONS) {
    for (const value of selected[d.key]) out.push({ kind: 'dimension', key: d.key, value, label: labelOf(d.key, value), legend: d.legend });
  }
  if (mine) out.push({ kind: 'mine', label: ui.mySchedule, legend: ui.onlyLegend });
  if (hidePast) out.push({ kind: 'past', label: ui.pastHidden, legend: ui.timeLegend });
  return out;
}

/** Fills `box` with `filters` (activeFilters) as removable chips; onRemove(filter), onClearAll(). */
export function renderActiveFilters(box, filters, { onRemove, onClearAll }) {
  box.hidden = !filters.length;
  if (!filters.length) { box.replaceChildren(); return; }
  box.replaceChildren(el('span', { class: 'tb-active-title', text: ui.filteredBy }),
    ...filters.map((filter) => el('button', {
      type: 'button', class: 'tb-chip tb-active-chip', 'aria-label': ui.removeFilter(filter.legend, filter.label),
      onclick: () => onRemove(filter),
    }, el('span', { class: 'tb-chip-label', text: filter.label }), el('span', { class: 'tb-remove', 'aria-hidden': 'true', text: '✕' }))),
    el('button', { type: 'button', class: 'tb-button tb-quiet tb-clear', text: ui.clearAll, onclick: onClearAll }));
}
