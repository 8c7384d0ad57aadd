// "On now: … — Next: …": the sessions running at the query's instant and the ones starting next,
// as the core's query answers them (nowNext: {now: [indices], next: [indices]}).
import { isolate } from './dom.js';

/** Fills `box` with the now/next line (hidden when there is nothing to say). */
export function renderNowNext(box, nowNext, titleOf) {
  const names = (list) => list.map((i) => isolate(titleOf(i))).join('; ');
  const parts = [];
  if (nowNext.now.length) parts.push(`On now: ${names(nowNext.now)}`);
  if (nowNext.next.length) parts.push(`Next: ${names(nowNext.next)}`);
  box.textContent = parts.join(' — ');
  box.hidden = !parts.length;
}
