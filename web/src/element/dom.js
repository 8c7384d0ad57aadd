// Small DOM helpers shared by the element's modules. Post text only ever goes in as text
// (textContent, text nodes): never as HTML.

/** Creates `tag` with props (class, text, on<event> listeners, other attributes) and children. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// Post text joined into one line of ours ("Overlaps with A; B"): each piece in its own bidi
// isolate (FSI ... PDI), so an RTL override inside a title cannot reorder the rest of the line.
export const isolate = (text) => `\u2068${text}\u2069`;

/** Appends `text` to `parent`, wrapping each {begin, end} UTF-16 range (the core's TextRange) in <mark>. */
export function appendMarked(parent, text, ranges) {
  let at = 0;
  for (const { begin, end } of ranges || []) {
    if (begin > at) parent.append(document.createTextNode(text.slice(at, begin)));
    parent.append(el('mark', { text: text.slice(begin, end) }));
    at = end;
  }
  if (at < text.length) parent.append(document.createTextNode(text.slice(at)));
}

/** The URL normalised when it is http(s), else null (post links never become javascript: etc.). */
export function safeHttpUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Makes the browser download `text` as a file named `filename`. */
export function downloadText(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
