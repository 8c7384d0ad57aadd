// The session list as flat rows (day heading, session, the current time's mark) in one container. With more than
// WINDOW_MIN_ROWS rows only the rows within WINDOW_OVERSCAN_PX of the viewport are in the DOM; two
// spacers keep the scroll height. Row heights start as per-type estimates and are replaced by
// measurements once a row was shown. Smaller lists render whole (find-in-page and printing then
// see everything).
import { el } from './dom.js';

const WINDOW_MIN_ROWS = 300;
const WINDOW_OVERSCAN_PX = 1000;
const ESTIMATED_ROW_PX = { day: 52, session: 110, now: 28 };

/** Whether a list of `count` rows is windowed (else every row is in the DOM at once). */
export const isWindowed = (count) => count > WINDOW_MIN_ROWS;

/**
 * What a row shows while its data is on the way (renderRow may return it): as tall as such rows
 * usually are, so the list does not jump when the row arrives (see refresh).
 */
export function pendingRow(type) {
  const node = el('div', { class: 'tb-pending', 'aria-hidden': 'true' });
  node.style.minHeight = `${ESTIMATED_ROW_PX[type]}px`;
  node.tbMeasured = true;  // its height says nothing about real rows
  return node;
}

export class WindowedList {
  /**
   * container: the list element (a flex column, so that margins do not collapse).
   * renderRow(row, i): the element for row i ({type: 'day'|'session'|'now', ...}).
   */
  constructor(container, renderRow) {
    this.container = container;
    this._renderRow = renderRow;
    this.rows = [];
    this._measured = { day: { sum: 0, n: 0 }, session: { sum: 0, n: 0 }, now: { sum: 0, n: 0 } };
  }

  /** New rows: every row node is rebuilt (highlights, stars, times may all have changed). */
  setRows(rows) {
    this.rows = rows;
    this._heights = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) this._heights[i] = this._estimate(rows[i].type);
    this._windowed = isWindowed(rows.length);
    this._nodes = new Map();  // row index -> its element, for the rows in the DOM
    this._first = 0;
    this._last = -1;
    this._topSpacer = el('div', { class: 'tb-spacer', 'aria-hidden': 'true' });
    this._bottomSpacer = el('div', { class: 'tb-spacer', 'aria-hidden': 'true' });
    this.container.replaceChildren(this._topSpacer, this._bottomSpacer);
    if (this._windowed) {
      // Placed from where the list last was, without reading the layout (a forced layout of the
      // page is most of a render's cost on a big list); the next frame places it exactly.
      const listTop = this._listTopInPage === undefined ? 0 : this._listTopInPage - window.scrollY;
      this._place(listTop, false);
      this._updateInNextFrame();
    } else {
      this._showRows(0, rows.length - 1);
    }
  }

  _updateInNextFrame() {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => { this._frame = 0; this.update(); });
  }

  /** Renders again the rows in the DOM for which test(row) holds (their data has arrived). */
  refresh(test) {
    if (!this._nodes) return;
    for (const [i, node] of this._nodes) {
      if (!test(this.rows[i])) continue;
      const fresh = this._renderRow(this.rows[i], i);
      node.replaceWith(fresh);
      this._nodes.set(i, fresh);
    }
    if (this._windowed) this._updateInNextFrame();
  }

  /** The element of row i when it is in the DOM. */
  nodeAt(i) { return this._nodes && this._nodes.get(i); }

  /** The rows' elements now in the DOM. */
  shownNodes() { return this._nodes ? [...this._nodes.values()] : []; }

  // A running average of measured heights per row type, for the rows not measured yet.
  _estimate(type) {
    const seen = this._measured[type];
    return seen.n ? seen.sum / seen.n : ESTIMATED_ROW_PX[type];
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
      const node = this._renderRow(this.rows[i], i);
      this._nodes.set(i, node);
      (i < keptFirst ? before : after).append(node);
    }
    this._topSpacer.after(before);
    this._bottomSpacer.before(after);
    this._first = first;
    this._last = last;
  }

  /** Chooses the rows near the viewport from the (measured or estimated) heights and shows them. */
  update() {
    if (!this._windowed || !this.rows.length || !this.container.isConnected) return;
    const listTop = this.container.getBoundingClientRect().top;
    this._listTopInPage = listTop + window.scrollY;
    this._place(listTop, true);
  }

  // Shows the rows near the viewport, given where the list's top is (viewport coordinates), and
  // sizes the spacers; with `measure`, the rows shown replace their estimated heights by real ones.
  _place(listTop, measure) {
    const rows = this.rows.length;
    const heights = this._heights;
    const viewTop = -listTop - WINDOW_OVERSCAN_PX;
    const viewBottom = -listTop + window.innerHeight + WINDOW_OVERSCAN_PX;
    let first = 0;
    let y = 0;
    while (first < rows - 1 && y + heights[first] < viewTop) y += heights[first++];
    const top = y;
    let last = first;
    while (last < rows - 1 && y + heights[last] < viewBottom) y += heights[last++];
    this._showRows(first, last);
    if (measure) this._measure();
    let total = 0;
    for (let i = 0; i < rows; i++) total += heights[i];
    let shown = 0;
    for (let i = first; i <= last; i++) shown += heights[i];
    this._topSpacer.style.height = `${top}px`;
    this._bottomSpacer.style.height = `${Math.max(0, total - top - shown)}px`;
  }

  // Replaces the estimates of the rows in the DOM by their real heights (margins included).
  _measure() {
    for (const [i, node] of this._nodes) {
      const style = getComputedStyle(node);
      const height = node.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      if (!node.tbMeasured) {
        node.tbMeasured = true;
        const stats = this._measured[this.rows[i].type];
        stats.sum += height;
        stats.n += 1;
      }
      this._heights[i] = height;
    }
  }

  /** Scrolls so that row i starts at the top of the viewport (used for the `open` deep link). */
  scrollToRow(i) {
    if (i < 0) return;
    if (this._windowed) {
      let offset = 0;
      for (let k = 0; k < i; k++) offset += this._heights[k];
      window.scrollBy(0, this.container.getBoundingClientRect().top + offset);
      this.update();
    }
    const node = this._nodes.get(i);
    if (node) node.scrollIntoView({ block: 'start' });
  }
}
