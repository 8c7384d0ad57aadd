// "On now: … — Next: …": the sessions running at the query's instant and the ones starting next,
// as the core answers them (nowNext: {now: [indices], next: [indices]}), each a link to its card.
// The line is live: the element asks the core again on every minute (LiveClock), with no input.
import { el, isolate } from './dom.js';
import { ui } from './ui-strings.js';

// How soon the next session must start for the event to be "on" when nothing runs: the night
// between two days of an event is part of it, the week before it is not.
const EVENT_GAP_MS = 24 * 3600 * 1000;

/**
 * The session the current time stands before or in during the event: the first running (in the
 * list's order), else the first starting next if it starts within a day; -1 when the event is
 * not on (before, after, or days from the next session). `startOf(index)` gives a session's UTC
 * start ("2024-03-19T08:00:00Z") and `nowMs` the clock.
 */
export function nowSession(nowNext, startOf, nowMs) {
  if (nowNext.now.length) return nowNext.now[0];
  if (nowNext.next.length && Date.parse(startOf(nowNext.next[0])) - nowMs <= EVENT_GAP_MS) return nowNext.next[0];
  return -1;
}

/**
 * Fills `box` with the now/next line (hidden when there is nothing to say). titleOf(index) names
 * a session; reveal(index) brings its card into view (the links' action); jump, when given, is the
 * action of the "Jump to now" button at the line's end (the event is on).
 */
export function renderNowNext(box, nowNext, { titleOf, hrefOf, reveal, jump }) {
  const parts = [];
  const links = (label, list) => {
    const line = [el('span', { class: 'tb-now-label', text: `${label}: ` })];
    list.forEach((i, k) => {
      if (k) line.push('; ');
      line.push(el('a', { href: hrefOf(i), text: isolate(titleOf(i)), onclick: (event) => { event.preventDefault(); reveal(i); } }));
    });
    return line;
  };
  if (nowNext.now.length) parts.push(...links(ui.onNow, nowNext.now));
  if (nowNext.next.length) parts.push(...(parts.length ? [' — '] : []), ...links(ui.next, nowNext.next));
  if (jump && parts.length) parts.push(' ', el('button', { type: 'button', class: 'tb-button tb-jump', text: ui.jumpToNow, onclick: jump }));
  box.replaceChildren(...parts);
  box.hidden = !parts.length;
}

/**
 * Calls `tick()` at the start of every minute (a few ms after, so that the clock has turned) while
 * started: what is on now changes on the minute. Timers of hidden tabs may run late; the next
 * tick catches up.
 */
export class LiveClock {
  constructor(tick) {
    this._tick = tick;
    this._timer = 0;
  }

  start() {
    this.stop();
    const wait = 60_000 - (Date.now() % 60_000) + 20;
    this._timer = setTimeout(() => { this._timer = 0; this._tick(); this.start(); }, wait);
  }

  stop() {
    clearTimeout(this._timer);
    this._timer = 0;
  }
}
