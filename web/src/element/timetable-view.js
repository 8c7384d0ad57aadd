// The timetable view (issue 16, item 1), loaded on demand: the element imports this module the
// first time a reader switches to it. It only draws the grid the core laid out (the core's
// Timetable, core/include/talkboard/query/timetable.h): per day, rooms or sections across, time
// down, sessions that overlap in one column side by side.
//
// Each day is a CSS grid in a scroll box: the room header row sticks to the box's top and the time
// column to its left, so on a phone the grid scrolls sideways with the times in view. The DOM
// follows the core's reading order (by start, then column, then track), with each time label just
// before the sessions that start at it: a screen reader reads the day by time. Keyboard: the
// session titles are one tab stop per day (a roving tabindex); arrow keys move down/up in time
// within the column, left/right to the neighbouring column at about the same time, Home/End to
// the day's first/last session; Enter opens the session in the list.
import { el, isolate } from './dom.js';
import { adoptViewStyles } from './view-styles.js';

const CSS = `
.tb-view { min-width: 0; }
.tb-tt-day { margin: 0 0 1.2rem; }
.tb-tt-scroll { overflow: auto; max-height: 80vh; border: 1px solid var(--tb-border); border-radius: var(--tb-radius); background: var(--tb-surface); }
.tb-tt-grid { display: grid; position: relative; min-width: min-content; }
.tb-tt-head, .tb-tt-time, .tb-tt-corner { background: var(--tb-surface); color: var(--tb-muted); font-size: .8rem; }
.tb-tt-head { position: sticky; top: 0; z-index: 2; padding: .4rem .5rem; font-weight: 600; color: var(--tb-fg); border-bottom: 1px solid var(--tb-border); border-left: 1px solid var(--tb-border); }
.tb-tt-corner { position: sticky; top: 0; left: 0; z-index: 3; border-bottom: 1px solid var(--tb-border); }
.tb-tt-time { position: sticky; left: 0; z-index: 1; padding: .1rem .5rem 0 .4rem; border-top: 1px solid var(--tb-border); font-variant-numeric: tabular-nums; }
.tb-tt-cell { margin: 2px; padding: .3rem .45rem; border-radius: 8px; background: var(--tb-accent-soft); border-left: 3px solid var(--tb-accent); font-size: .85rem; line-height: 1.3; overflow: hidden; min-width: 0; }
.tb-tt-cell.tb-tt-mine { border-left-color: var(--tb-star); }
.tb-tt-cell h3 { font-size: inherit; margin: 0 0 .15rem; }
.tb-tt-open { all: unset; unicode-bidi: isolate; cursor: pointer; font-weight: 600; color: var(--tb-fg); overflow-wrap: anywhere; }
.tb-tt-open:hover { text-decoration: underline; }
.tb-tt-open:focus-visible { outline: none; box-shadow: var(--tb-focus); border-radius: 3px; }
.tb-tt-meta { color: var(--tb-muted); font-size: .78rem; margin: 0; }
.tb-tt-now { z-index: 1; pointer-events: none; background: linear-gradient(var(--tb-warn), var(--tb-warn)) no-repeat 0 var(--tb-tt-now, 0) / 100% 2px; }
.tb-tt-untimed { margin: .5rem 0 0; font-size: .9rem; }
.tb-tt-note { color: var(--tb-muted); }
`;

/**
 * Draws `timetable` (the core's Timetable for `answer`, the QueryResult it was laid out from:
 * its days are parallel) into `box`. `data` is the ScheduleData (cards, values); `view`:
 * {ui (the page's words, ui-strings.js), timeOf(session, dayDate) (time-text.js sessionTime on the
 * clock shown), dayLabel(group) (a day group's heading), favorites (Set of ids),
 * onOpen(sessionIndex)}. Every match's card has arrived.
 */
export function renderTimetable(box, timetable, answer, data, view) {
  adoptViewStyles('timetable', CSS);
  box.replaceChildren();
  if (timetable.tooMany) {
    box.append(el('p', { class: 'tb-tt-note', text: view.ui.tooMany(answer.sessions.length) }));
    return;
  }
  const names = data.values[timetable.columnsBy];
  timetable.days.forEach((day, d) => box.append(renderDay(day, answer.days[d], names, data, view)));
}

function renderDay(day, group, names, data, view) {
  const { ui } = view;
  const label = view.dayLabel(group);
  const section = el('section', { class: 'tb-tt-day', 'aria-label': label }, el('h2', { class: 'tb-day-title', text: label }));
  if (day.rows) section.append(renderGrid(day, group, names, data, view, label));
  if (day.untimed.length) {
    const list = el('ul', { class: 'tb-tt-untimed', 'aria-label': ui.timeTba });
    for (const index of day.untimed) list.append(el('li', {}, openButton(data.session(index), index, view, 0)));
    section.append(el('p', { class: 'tb-tt-note', text: `${ui.timeTba}:` }), list);
  }
  return section;
}

const place = (node, row, rowSpan, column, columnSpan) => {
  node.style.gridRow = `${row} / span ${rowSpan}`;
  node.style.gridColumn = `${column} / span ${columnSpan}`;
  return node;
};

function renderGrid(day, group, names, data, view, label) {
  const grid = el('div', { class: 'tb-tt-grid' });
  // Rows keep the time scale while their sessions fit (15 minutes: 2.25rem) and grow when not.
  grid.style.gridTemplateColumns = `4.2rem repeat(${day.tracks}, minmax(9.5rem, 1fr))`;
  grid.style.gridTemplateRows = `auto repeat(${day.rows}, minmax(${(day.rowMinutes * 0.15).toFixed(2)}rem, auto))`;
  grid.append(place(el('div', { class: 'tb-tt-corner', 'aria-hidden': 'true' }), 1, 1, 1, 1));
  const columnNames = [];
  for (let c = 0; c < day.columns.length; c += 3) {
    const [value, firstTrack, tracks] = [day.columns[c], day.columns[c + 1], day.columns[c + 2]];
    const name = value >= 0 ? names[value].label : view.ui.otherColumn;
    columnNames.push(name);
    grid.append(place(el('div', { class: 'tb-tt-head', text: name }), 1, 1, 2 + firstTrack, tracks));
  }
  // Time labels and sessions in reading order: each label before the sessions that start at it.
  const cells = [];
  let mark = 0;
  for (let k = 0; k < day.cells.length; k += 6) {
    const [index, column, track, trackSpan, row, rowSpan] = day.cells.subarray(k, k + 6);
    while (mark < day.marks.length && day.marks[mark] <= row) {
      const [markRow, slot] = [day.marks[mark], day.marks[mark + 1]];
      grid.append(place(el('div', { class: 'tb-tt-time', text: group.slots[slot].label }), 2 + markRow, 1, 1, 1));
      mark += 2;
    }
    const session = data.session(index);
    const button = openButton(session, index, view, cells.length ? -1 : 0);
    const time = view.timeOf(session, group.date);
    const speakers = session.speakers.map((s) => isolate(s.name)).join(', ');
    const cell = el('article', { class: `tb-tt-cell${view.favorites.has(session.id) ? ' tb-tt-mine' : ''}`, 'data-id': session.id },
      el('h3', {}, button),
      el('p', { class: 'tb-tt-meta', text: [time && `${time.start} ${time.end}`.trim(), columnNames[column]].filter(Boolean).join(' · ') }),
      speakers ? el('p', { class: 'tb-tt-meta', text: speakers }) : null);
    grid.append(place(cell, 2 + row, rowSpan, 2 + track, trackSpan));
    cells.push({ button, column, track, trackSpan, row, rowSpan });
  }
  if (day.nowMinute >= day.firstMinute && day.nowMinute < day.firstMinute + day.rows * day.rowMinutes) {
    // A line across the grid at the current minute: in its row, as far down as the minute is.
    const offset = day.nowMinute - day.firstMinute;
    const now = place(el('div', { class: 'tb-tt-now', 'aria-hidden': 'true' }), 2 + Math.floor(offset / day.rowMinutes), 1, 1, day.tracks + 1);
    now.style.setProperty('--tb-tt-now', `${Math.round(((offset % day.rowMinutes) / day.rowMinutes) * 100)}%`);
    grid.append(now);
  }
  grid.addEventListener('keydown', (event) => moveFocus(event, cells));
  return el('div', { class: 'tb-tt-scroll', role: 'region', 'aria-label': view.ui.timetableOf(label) }, grid);
}

function openButton(session, index, view, tabIndex) {
  return el('button', {
    type: 'button', class: 'tb-tt-open', tabindex: String(tabIndex), text: session.title,
    onclick: () => view.onOpen(index),
  });
}

// Arrow keys between the day's sessions (see the header); the focused title takes the tab stop.
function moveFocus(event, cells) {
  const from = cells.findIndex((c) => c.button === event.target);
  if (from < 0) return;
  const here = cells[from];
  const overlaps = (c) => c.row < here.row + here.rowSpan && here.row < c.row + c.rowSpan;
  const nearest = (list) => list.sort((a, b) => Math.abs(a.row - here.row) - Math.abs(b.row - here.row))[0];
  let to;
  switch (event.key) {
    case 'ArrowDown': to = cells.slice(from + 1).find((c) => c.column === here.column) || cells[from + 1]; break;
    case 'ArrowUp': to = cells.slice(0, from).reverse().find((c) => c.column === here.column) || cells[from - 1]; break;
    case 'ArrowRight': {
      const right = cells.filter((c) => c.track >= here.track + here.trackSpan);
      const first = Math.min(...right.map((c) => c.track));
      to = nearest(right.filter((c) => c.track === first && overlaps(c))) || nearest(right.filter((c) => c.track === first));
      break;
    }
    case 'ArrowLeft': {
      const left = cells.filter((c) => c.track + c.trackSpan <= here.track);
      const last = Math.max(...left.map((c) => c.track));
      to = nearest(left.filter((c) => c.track === last && overlaps(c))) || nearest(left.filter((c) => c.track === last));
      break;
    }
    case 'Home': to = cells[0]; break;
    case 'End': to = cells[cells.length - 1]; break;
    default: return;
  }
  event.preventDefault();
  if (!to) return;
  here.button.tabIndex = -1;
  to.button.tabIndex = 0;
  to.button.focus();
}
