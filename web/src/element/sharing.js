// Share links: "Share my schedule" shows a link to the reader's favourites (and copies it), and a
// board opened from such a link says which sessions it holds and offers to add them to "my
// schedule".
import { el, isolate } from './dom.js';
import { ui } from './ui-strings.js';

const TITLES_NAMED = 5;  // a longer share names these and counts the rest

/** Offers to add the shared sessions (their titles): accept() adds them, dismiss() declines. */
export function offerSharedSessions(notice, titles, { accept, dismiss }) {
  const count = titles.length;
  const named = titles.slice(0, TITLES_NAMED).map(isolate).join('; ');
  const more = count > TITLES_NAMED ? ui.andMore(count - TITLES_NAMED) : '';
  notice.show(
    ui.sharedOffer(count, `${named}${more}`),
    el('button', { type: 'button', class: 'tb-button', text: ui.addToSchedule, onclick: accept }),
    el('button', { type: 'button', class: 'tb-button tb-quiet', text: ui.dismiss, onclick: dismiss }),
  );
}

/** Shows `href` (the link to the reader's schedule) selected, and copies it when allowed. */
export function showShareLink(notice, href) {
  const field = el('input', { class: 'tb-share-url', readonly: true, 'aria-label': ui.shareLinkLabel, value: href });
  notice.show(ui.shareLink, field);
  field.select();
  if (navigator.clipboard) navigator.clipboard.writeText(href).then(() => notice.retitle('Link copied: '), () => {});
}
