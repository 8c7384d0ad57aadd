// One session as an <article> headed by its title: the star toggle, kind, time, section and room,
// speakers, conflicts with other favourites, and the abstract in a disclosure with the session's
// own calendar download. Text from the post goes in as text; its link only when http(s).
import { appendMarked, el, isolate, safeHttpUrl } from './dom.js';
import { sessionDatetime, sessionTimeText } from './time-text.js';

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

function speakerLine(speakers, marks) {
  const line = el('p', { class: 'tb-speakers' });
  speakers.forEach((sp, i) => {
    if (i) line.append(document.createTextNode(' · '));
    const mine = marks && marks[i];
    const name = el('span', { class: 'tb-speaker' });
    appendMarked(name, sp.name, mine && mine.name);
    line.append(name);
    if (sp.org) {
      const org = el('span', { class: 'tb-org' });
      appendMarked(org, sp.org, mine && mine.org);
      line.append(document.createTextNode(', '), org);
    }
  });
  return line;
}

/**
 * The card of session `index` (the core's SessionCard: every field display text, "" when absent).
 * `view` is the render's context:
 *   data (ScheduleData, which has the card and its highlight), uid (unique per board, for element
 *   ids), favorites (Set of ids), conflicts (Map index -> indices it overlaps), open (the id whose
 *   abstract is open, or null), myTime (times in the reader's zone),
 *   onToggleFavorite(id), onOpenChange(id, open), onDownloadSession(id).
 */
export function renderSessionCard(index, view) {
  const s = view.data.session(index);
  const h = view.data.highlight(index);
  const starred = view.favorites.has(s.id);
  const titleId = `${view.uid}-t${index}`;
  const heading = el('h3', { class: 'tb-title', id: titleId });
  const url = s.url && safeHttpUrl(s.url);
  const titleTarget = url ? el('a', { href: url, rel: 'noopener', target: '_blank' }) : heading;
  appendMarked(titleTarget, s.title, h && h.title);
  if (url) heading.append(titleTarget);

  const star = el('button', {
    type: 'button', class: 'tb-star', 'aria-pressed': String(starred), 'aria-label': `Star ${s.title}`,
    title: starred ? 'Remove from my schedule' : 'Add to my schedule', text: starred ? '★' : '☆',
    onclick: () => view.onToggleFavorite(s.id),
  });
  const meta = el('p', { class: 'tb-meta' });
  if (s.kind) meta.append(el('span', { class: `tb-kind tb-kind-${s.kind}`, text: s.kindLabel }));
  meta.append(el('time', { class: 'tb-time', datetime: sessionDatetime(s), text: sessionTimeText(s, view.myTime) }));
  if (s.section) meta.append(el('span', { class: 'tb-section', text: s.section }));
  // An import's section is its track, else its room: show the room beside a track, never twice.
  if (s.room && s.room !== s.section) meta.append(el('span', { class: 'tb-room', text: s.room }));

  const article = el('article', { class: `tb-session${starred ? ' tb-starred' : ''}`, 'aria-labelledby': titleId, 'data-id': s.id },
    el('div', { class: 'tb-session-head' }, heading, star), meta);
  if (s.speakers.length) article.append(speakerLine(s.speakers, h && h.speakers));
  const conflicts = starred && view.conflicts.get(index);
  if (conflicts) {
    article.append(el('p', { class: 'tb-conflict', text: `Overlaps with ${conflicts.map((i) => isolate(view.data.session(i).title)).join('; ')}` }));
  }
  if (s.abstract) {
    const body = el('div', { class: 'tb-abstract' });
    for (const [text, ranges] of paragraphs(s.abstract, h && h.abstract)) {
      const p = el('p');
      appendMarked(p, text, ranges);
      body.append(p);
    }
    body.append(el('button', { type: 'button', class: 'tb-button tb-quiet', text: 'Add this session to calendar (.ics)',
      onclick: () => view.onDownloadSession(s.id) }));
    const details = el('details', { class: 'tb-details', open: view.open === s.id || Boolean(h && h.abstract.length) },
      el('summary', { text: 'Abstract' }), body);
    details.addEventListener('toggle', () => view.onOpenChange(s.id, details.open));
    article.append(details);
  }
  return article;
}
