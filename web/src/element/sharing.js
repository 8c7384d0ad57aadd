// Share links: "Share my schedule" shows a link to the reader's favourites (and copies it), and a
// board opened from such a link offers to add the shared sessions to "my schedule".
import { el } from './dom.js';

/** Offers to add `count` shared sessions: accept() adds them, dismiss() declines. */
export function offerSharedSessions(notice, count, { accept, dismiss }) {
  notice.show(
    `This link shares ${count} starred session${count === 1 ? '' : 's'}. `,
    el('button', { type: 'button', class: 'tb-button', text: 'Add to my schedule', onclick: accept }),
    el('button', { type: 'button', class: 'tb-button tb-quiet', text: 'Dismiss', onclick: dismiss }),
  );
}

/** Shows `href` (the link to the reader's schedule) selected, and copies it when allowed. */
export function showShareLink(notice, href) {
  const field = el('input', { class: 'tb-share-url', readonly: true, 'aria-label': 'Link to my schedule', value: href });
  notice.show('Link to your schedule: ', field);
  field.select();
  if (navigator.clipboard) navigator.clipboard.writeText(href).then(() => notice.retitle('Link copied: '), () => {});
}
