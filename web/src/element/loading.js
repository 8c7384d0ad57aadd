// Where a board's post comes from: its `src` attribute (fetched) or an inline
// <script type="text/markdown"> / <script type="application/json"> child.
import { FULL, MARKDOWN } from '../core-loader.js';
import { openSchedule } from './schedule-data.js';

// FNV-1a: a short storage key for inline posts (not security).
function hashText(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * {source, key}: where the core reads the post (a URL it fetches itself, so that the post never
 * passes the page's main thread, or the inline text's bytes) and a key naming it for storage (its
 * path, or a hash of inline text).
 */
function readPost(element) {
  const src = element.getAttribute('src');
  if (src) {
    const url = new URL(src, document.baseURI);
    return { source: { url: url.href, name: src }, key: url.pathname };
  }
  const script = element.querySelector('script[type="text/markdown"], script[type="application/json"]');
  if (!script) throw new Error('No post: give a src attribute or an inline <script type="text/markdown">.');
  const text = script.textContent;
  return { source: { bytes: new TextEncoder().encode(text), address: document.baseURI }, key: `inline:${hashText(text)}` };
}

function likelyCoreKind(element) {
  const src = element.getAttribute('src');
  const json = src ? /\.json$/i.test(new URL(src, document.baseURI).pathname)
    : Boolean(element.querySelector('script[type="application/json"]'));
  return json ? FULL : MARKDOWN;
}

/**
 * Loads the element's post into the core, which reads it as it arrives. Resolves with
 * {data: ScheduleData, key} or null when `isCurrent()` turned false meanwhile; rejects with a
 * message for the reader (fetch failed, no post, the core's error). `onPreview(data)`: see
 * openSchedule (a big post's head, before the whole post).
 */
export async function loadSchedule(element, isCurrent, onPreview) {
  // The board starts loading the core the post most likely needs while the post itself arrives;
  // the post's first bytes decide, so a wrong guess costs bytes, never correctness.
  const post = readPost(element);
  const data = await openSchedule(post.source, likelyCoreKind(element), isCurrent, onPreview);
  return data && { data, key: post.key };
}
