// The stylesheet of a view the element loads on demand (timetable-view.js, speakers-view.js): it
// travels in the view's module, so a page that never opens the view does not download its rules
// with talkboard.css. Adopted as a constructed stylesheet, which a strict Content-Security-Policy
// (no 'unsafe-inline' styles) allows. The rules use the --tb-* custom properties of talkboard.css,
// so a page's theme applies; adopted sheets come after the page's own, so a page overriding a
// view's rule needs a more specific selector.

const adopted = new Set();

/** Adds `css` to the document's styles once per `name`. */
export function adoptViewStyles(name, css) {
  if (adopted.has(name)) return;
  adopted.add(name);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
