// One session as an <article> headed by its title: the star toggle and the session's own calendar
// download (always visible: a session without an abstract has one too), its time on the clock
// shown, kind, speakers, section (when it starts a run of the list) and room, an "On now" mark,
// conflicts with other favourites, its recordings and slides (links the core found), and the
// abstract in a disclosure that also holds "Add to calendar" links (Google Calendar, Outlook:
// add-to-calendar.js, imported when a reader first opens one, for sessions with a date). The
// session is the core's SessionCard (every field display text, "" when absent). Text from the
// post goes in as text; its links only when http(s).
import { appendMarked, el, isolate, safeHttpUrl } from './dom.js';
import { sessionDatetime, sessionTime } from './time-text.js';
import { ui } from './ui-strings.js';

// Splits an abstract at its "\n\n" paragraph breaks, shifting highlight ranges along.
function paragraphs(text, ranges) {
  const out = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    const end = start + part.length;
    const mine = (ranges || []).filter((r) => r.begin < end && r.end > start)
      .map((r) => ({ begin: Math.max(r.begin, start) - start, end: Math.min(r.end, end) - start }));
    out.push([part, mine]);
    start = end + 2;
  }
  return out;
}

// "Ann Lee & Bo Chen, Acme · Cy Dee, Initech": speakers next to each other with the same org
// share it, as posts write them (a card stays one line shorter). Each name links to the speaker
// in the speakers view (speaker(name): the link's click; href: where the link points).
function speakerLine(speakers, marks, speaker) {
  const line = el('span', { class: 'tb-speakers' });
  speakers.forEach((sp, i) => {
    const next = speakers[i + 1];
    const sharesOrg = (other) => other && sp.org && other.org === sp.org;
    if (i) line.append(document.createTextNode(sharesOrg(speakers[i - 1]) ? ' & ' : ' · '));
    const mine = marks && marks[i];
    const name = el('a', {
      class: 'tb-speaker', href: speaker.href,
      onclick: (event) => { event.preventDefault(); speaker.show(sp.name); },
    });
    appendMarked(name, sp.name, mine && mine.name);
    line.append(name);
    if (sp.org && !sharesOrg(next)) {
      const org = el('span', { class: 'tb-org' });
      appendMarked(org, sp.org, mine && mine.org);
      line.append(document.createTextNode(', '), org);
    }
  });
  return line;
}

/** The "On now" mark of a card, added or removed (the now/next line updates it every minute). */
export function markOnNow(article, onNow) {
  article.classList.toggle('tb-on', onNow);
  const badge = article.querySelector('.tb-on-now');
  if (onNow && !badge) article.querySelector('.tb-meta').prepend(el('span', { class: 'tb-on-now', text: ui.onNow }));
  if (!onNow && badge) badge.remove();
}

/**
 * The card of session `index` in a row {index, dayDate, showSection}. `view` is the render's
 * context: data (ScheduleData, which has the card and its search highlight), uid (unique per
 * board, for element ids), favorites (Set of ids), conflicts (Map index -> indices it overlaps),
 * open (the id whose abstract is open, or null), onNow (Set of session indices running now),
 * myTime (times in the reader's zone), onToggleFavorite(id), onOpenChange(id, open),
 * onDownloadSession(id), speaker ({href, show(name)}: a speaker name's link to the speakers view).
 */
export function renderSessionCard(row, view) {
  const index = row.index;
  const s = view.data.session(index);
  const h = view.data.highlight(index);
  const starred = view.favorites.has(s.id);
  const titleId = `${view.uid}-t${index}`;
  const heading = el('h3', { class: 'tb-title', id: titleId });
  const url = s.url && safeHttpUrl(s.url);
  const titleTarget = url ? el('a', { href: url, rel: 'noopener', target: '_blank' }) : heading;
  appendMarked(titleTarget, s.title, h && h.title);
  if (url) heading.append(titleTarget);

  const buttons = el('div', { class: 'tb-card-actions' },
    el('button', {
      type: 'button', class: 'tb-ics', 'aria-label': ui.addToIcs(s.title), title: ui.addToIcsTip,
      onclick: () => view.onDownloadSession(s.id),
      // A calendar drawn by CSS (no emoji font needed); its name is the label above.
    }, el('span', { class: 'tb-cal', 'aria-hidden': 'true' })),
    el('button', {
      type: 'button', class: 'tb-star', 'aria-pressed': String(starred), 'aria-label': ui.star(s.title),
      title: starred ? ui.starTipOn : ui.starTipOff, text: starred ? '★' : '☆',
      onclick: () => view.onToggleFavorite(s.id),
    }));
  const article = el('article', { class: `tb-session${starred ? ' tb-starred' : ''}`, 'aria-labelledby': titleId, 'data-id': s.id },
    el('div', { class: 'tb-session-head' }, heading, buttons));
  const time = sessionTime(s, { myTime: view.myTime, dayDate: row.dayDate });
  if (time) {
    article.append(el('time', { class: 'tb-time', datetime: sessionDatetime(s) }, time.start,
      time.end ? el('span', { class: 'tb-end', text: ` ${time.end}` }) : null,
      time.zone ? el('span', { class: 'tb-zone', text: ` ${time.zone}` }) : null));
  }
  const meta = el('p', { class: 'tb-meta' });
  if (s.kind) meta.append(el('span', { class: `tb-kind tb-kind-${s.kind}`, text: s.kindLabel }));
  if (s.speakers.length) meta.append(speakerLine(s.speakers, h && h.speakers, view.speaker));
  if (s.section && row.showSection) meta.append(el('span', { class: 'tb-section', text: s.section }));
  // An import's section is its track, else its room: show the room beside a track, never twice.
  if (s.room && s.room !== s.section) meta.append(el('span', { class: 'tb-room', text: s.room }));
  for (const resource of s.resources) {
    const href = safeHttpUrl(resource.url);
    const name = ui.resource[resource.kind];
    if (href && name) {
      meta.append(el('a', { class: 'tb-resource', href, rel: 'noopener', target: '_blank', text: name, 'aria-label': `${name}: ${s.title}` }));
    }
  }
  article.append(meta);
  if (view.onNow.has(index)) markOnNow(article, true);
  const conflicts = starred && view.conflicts.get(index);
  if (conflicts) {
    article.append(el('p', { class: 'tb-conflict', text: ui.overlaps(conflicts.map((i) => isolate(view.data.session(i).title)).join('; ')) }));
  }
  if (s.abstract || s.date) {
    const body = el('div', { class: 'tb-abstract' });
    for (const [text, ranges] of paragraphs(s.abstract, h && h.abstract)) {
      if (!text) continue;
      const p = el('p');
      appendMarked(p, text, ranges);
      body.append(p);
    }
    // Opened for the reader (deep link) or because the search matched inside it; only the
    // reader's own opening and closing is state worth keeping in the URL.
    let shown = view.open === s.id || Boolean(h && h.abstract.length);
    const details = el('details', { class: 'tb-details', open: shown }, el('summary', { text: s.abstract ? ui.abstract : ui.addToCalendar }), body);
    let links = null;
    const addLinks = () => {
      if (links || !s.date) return;
      links = import('./add-to-calendar.js').then((m) => body.append(m.calendarLinks(s, ui) || ''));
    };
    if (shown) addLinks();
    details.addEventListener('toggle', () => {
      if (details.open) addLinks();
      if (details.open === shown) return;  // the state it was rendered in, not a reader's change
      shown = details.open;
      view.onOpenChange(s.id, details.open);
    });
    article.append(details);
  }
  return article;
}
