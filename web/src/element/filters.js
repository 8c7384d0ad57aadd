// The filter groups: per dimension a fieldset of toggle buttons, each a value with its facet count
// (how many sessions it would show given the other filters). Long groups show FACETS_SHOWN values
// and a "Show all …" button.
import { el } from './dom.js';
import { DIMENSIONS } from './dimensions.js';
import { ui } from './ui-strings.js';

const FACETS_SHOWN = 12;     // values per dimension before "Show all"

/**
 * Fills `box` with the filter groups. values: ScheduleData.values; facets: the query's counts per
 * dimension (parallel to values); narrowing: ScheduleData.narrows (a dimension whose one value
 * every session has cannot narrow anything and is not shown, unless selected); selected: {key:
 * Set of values} and expanded: Set of keys, both changed in place by the buttons, which then call
 * onChange(). Focus stays on the button pressed.
 */
export function renderFilters(box, { values, facets, narrows, selected, expanded, onChange }) {
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.facet : null;
  const groups = [];
  // An imported schedule's section is derived from its tracks and rooms (schedule_import.h), which
  // have groups of their own; a Section group would repeat them, so it shows only if selected.
  const imported = values.room.length > 0 || values.track.length > 0;
  for (const d of DIMENSIONS) {
    const all = values[d.key];
    if (!all.length) continue;
    const counts = facets[d.key];
    const chosen = selected[d.key];
    if (!chosen.size && ((d.key === 'section' && imported) || !narrows[d.key])) continue;
    const buttons = [];
    let capped = 0;  // values left out for FACETS_SHOWN: what "Show all" would add
    all.forEach((v, i) => {
      const isSelected = chosen.has(v.value);
      // In a long group, values that would show no session are left out altogether.
      if (!isSelected && counts[i] === 0 && all.length > FACETS_SHOWN) return;
      if (!isSelected && !expanded.has(d.key) && buttons.length >= FACETS_SHOWN) { capped++; return; }
      buttons.push(el('button', {
        type: 'button', class: 'tb-chip', 'aria-pressed': String(isSelected), 'data-facet': `${d.key}:${v.value}`,
        disabled: !isSelected && counts[i] === 0,
        onclick: () => {
          if (chosen.has(v.value)) chosen.delete(v.value); else chosen.add(v.value);
          onChange();
        },
        // The count reads as "Tuesday, March 19 (13)": never run together with the label.
      }, el('span', { class: 'tb-chip-label', text: v.label }), ' ', el('span', { class: 'tb-count', text: `(${counts[i]})` })));
    });
    if (capped) {
      buttons.push(el('button', { type: 'button', class: 'tb-chip tb-more', text: ui.showAll[d.key],
        onclick: () => { expanded.add(d.key); onChange(); } }));
    }
    groups.push(el('fieldset', { class: 'tb-facet' }, el('legend', { text: d.legend }), ...buttons));
  }
  box.replaceChildren(...groups);
  if (focused) {
    const again = box.querySelector(`[data-facet="${CSS.escape(focused)}"]`);
    if (again) again.focus();
  }
}
