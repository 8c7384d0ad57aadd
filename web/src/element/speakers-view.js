// The speakers view (issue 16, item 2), loaded on demand like the timetable: each speaker of the
// query's matches with their organizations and their sessions, as the core lists them
// (core/include/talkboard/query/speaker_list.h: by name; a speaker's sessions in the answer's
// order). A session opens in the list; a card's speaker names lead here (showSpeaker).
import { el, isolate } from './dom.js';
import { adoptViewStyles } from './view-styles.js';

const CSS = `
.tb-view { min-width: 0; }
.tb-sp-list { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
.tb-sp-person { background: var(--tb-surface); border: 1px solid var(--tb-border); border-radius: var(--tb-radius); padding: .6rem .8rem; scroll-margin-top: 3.5rem; }
.tb-sp-person h3 { font-size: 1rem; margin: 0; unicode-bidi: isolate; }
.tb-sp-person h3:focus { outline: none; }
.tb-sp-person:focus-within { box-shadow: var(--tb-focus); }
.tb-sp-org { color: var(--tb-muted); font-size: .85rem; margin: 0 0 .3rem; }
.tb-sp-talks { margin: 0; padding: 0; list-style: none; font-size: .9rem; }
.tb-sp-talks li { margin: .3rem 0; }
.tb-sp-open { all: unset; unicode-bidi: isolate; cursor: pointer; color: var(--tb-accent); text-decoration: underline; text-underline-offset: 2px; overflow-wrap: anywhere; }
.tb-sp-open:focus-visible { outline: none; box-shadow: var(--tb-focus); border-radius: 3px; }
.tb-sp-when { display: block; color: var(--tb-muted); font-size: .8rem; }
`;

/**
 * Draws `speakers` (the core's SpeakerEntry list for `answer`) into `box`. `data` is the
 * ScheduleData; `view`: {uid, ui (the page's words, ui-strings.js), timeOf(session, dayDate)
 * (time-text.js sessionTime on the clock shown), onOpen(sessionIndex)}. Every match's card has
 * arrived.
 */
export function renderSpeakers(box, speakers, answer, data, view) {
  adoptViewStyles('speakers', CSS);
  const list = el('ul', { class: 'tb-sp-list', 'aria-label': view.ui.views.speakers });
  for (const person of speakers) {
    const headingId = `${view.uid}-sp${person.speaker}`;
    const item = el('li', { class: 'tb-sp-person', 'aria-labelledby': headingId, 'data-speaker': person.name },
      el('h3', { id: headingId, tabindex: '-1', text: person.name }));
    if (person.orgs.length) item.append(el('p', { class: 'tb-sp-org', text: person.orgs.map(isolate).join(' · ') }));
    const talks = el('ul', { class: 'tb-sp-talks' });
    for (const index of person.sessions) {
      const session = data.session(index);
      const time = view.timeOf(session, session.date);
      talks.append(el('li', {},
        el('button', { type: 'button', class: 'tb-sp-open', text: session.title, onclick: () => view.onOpen(index) }),
        time ? el('span', { class: 'tb-sp-when', text: ` ${[session.date && data.labelOf('day', session.date), time.start].filter(Boolean).join(', ')}` }) : null));
    }
    item.append(talks);
    list.append(item);
  }
  box.replaceChildren(list);
}

/**
 * Scrolls to the speaker named `name` in a drawn speakers view and moves the focus there; the
 * name as a card wrote it (the list has each speaker under one spelling: case and accents aside).
 * Returns whether the speaker is shown.
 */
export function showSpeaker(box, name) {
  const same = (a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  const item = [...box.querySelectorAll('.tb-sp-person')].find((node) => same(node.dataset.speaker, name));
  if (!item) return false;
  item.scrollIntoView({ block: 'start' });
  item.querySelector('h3').focus({ preventScroll: true });
  return true;
}
