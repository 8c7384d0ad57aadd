// Where the schedule goes on the page, so that it replaces the post's talk list and nothing else.
//
// A board may wrap the post as the blog rendered it (intro, images, video, the talk list, closing
// text), or point at the element that holds the talk list:
//
//   <talk-board src="post.md"> …the post's HTML… </talk-board>
//   <talk-board src="post.md" list="#talks"></talk-board>      (list: a CSS selector)
//
// The talk list is removed and the schedule takes its place; everything else stays as written.
// With `list`, the selected element is the talk list (looked up inside the board, then in the
// whole document); the schedule goes where it was when it is inside the board, else at the end
// of the board. Without `list`, the talk list is found in the board's own content from the
// sessions the core read: the blocks that hold a session's link (or, for a session without one,
// a heading or cell with its title) mark it, in the shortest run that still marks every session
// found (a talk also linked from the intro does not pull the intro in). It runs
//   - over the children of the nearest element holding all those blocks (a list or table whose
//     children are all talks counts as one block: the whole list or table goes),
//   - from the first such block, together with the headings right before it (the list's own
//     section headings), to the last one and what follows it (its time line, abstract), up to the
//     next heading as high as the highest heading in the list, or an <hr>, or the end;
//   - talks that are only some of a list's items or a table's rows leave the others in place, and
//     the schedule goes before that list or table.
// So closing text after the last talk stays when it has its own heading (or the author names the
// list with `list`). When not even half of the sessions can be found, nothing is removed: the
// schedule goes at the end of the board and a console warning names `list` as the remedy.
//
// Content that is only the post's source (<script type="text/markdown">, application/json) is
// not content: a board with nothing else shows the schedule alone, as before.

const HEADING = /^H([1-6])$/;
const CONTAINER = /^(UL|OL|DL|TABLE|THEAD|TBODY|TFOOT|TR)$/;
const SOURCE = 'script[type="text/markdown"], script[type="application/json"]';

const headingLevel = (node) => {
  const match = HEADING.exec(node.nodeName);
  return match ? Number(match[1]) : 0;
};
const normalize = (text) => text.replace(/\s+/g, ' ').trim();

// A link as a comparable string: absolute, with escapes decoded where they are valid (a blog's
// markdown renderer writes the post's "100%&" as "100%25&"; the core keeps it as written).
function comparableUrl(url) {
  let absolute;
  try { absolute = new URL(url, document.baseURI).href; } catch { return null; }
  try { return decodeURI(absolute); } catch { return absolute; }
}

// The elements in `root` that stand for a session, in document order, each with the session it
// stands for: links to its URL, and for sessions without a URL, headings / table cells / bold text
// that hold its title.
function sessionMarkers(root, sessions) {
  const byUrl = new Map();
  const titles = new Set();
  for (const s of sessions) {
    const url = s.url && comparableUrl(s.url);
    if (url) byUrl.set(url, s.id);
    else if (s.title.length >= 8) titles.add(normalize(s.title));
  }
  const markers = [];
  for (const link of root.querySelectorAll('a[href]')) {
    const id = byUrl.get(comparableUrl(link.getAttribute('href')));
    if (id !== undefined) markers.push({ node: link, key: id });
  }
  if (titles.size) {
    for (const node of root.querySelectorAll('h1, h2, h3, h4, h5, h6, td, th, dt, strong, b')) {
      const text = normalize(node.textContent);
      for (const title of titles) {
        if (text.includes(title)) { markers.push({ node, key: title }); break; }
      }
    }
    markers.sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  return markers;
}

// The shortest run of `markers` (in document order) that still stands for every session found:
// a talk also linked from the intro ("don't miss the keynote") does not pull the intro in.
function tightestRun(markers) {
  const wanted = new Set(markers.map((m) => m.key)).size;
  const inRun = new Map();
  let best = [0, markers.length - 1];
  for (let from = 0, to = 0; to < markers.length; to++) {
    inRun.set(markers[to].key, (inRun.get(markers[to].key) || 0) + 1);
    while (inRun.size === wanted) {
      if (to - from < best[1] - best[0]) best = [from, to];
      const key = markers[from++].key;
      if (inRun.get(key) === 1) inRun.delete(key); else inRun.set(key, inRun.get(key) - 1);
    }
  }
  return markers.slice(best[0], best[1] + 1).map((m) => m.node);
}

function commonAncestor(nodes, root) {
  let common = nodes[0].parentNode;
  for (const node of nodes) {
    while (common !== root && !common.contains(node)) common = common.parentNode;
  }
  return common;
}

// The child of `parent` that contains `node`.
function childHolding(parent, node) {
  while (node.parentNode !== parent) node = node.parentNode;
  return node;
}

/**
 * The talk list of `board`: resolves with {nodes: [elements to remove], anchor: the node the
 * schedule goes before (null: at the end of the board)}, or null when the board has no content of
 * its own (the schedule fills it). readSessions(): resolves with every session as the core reads
 * it ({id, title, url}); asked only when the board wraps a post.
 */
export async function findTalkList(board, readSessions) {
  const selector = board.getAttribute('list');
  if (selector) {
    let list = null;
    try { list = board.querySelector(selector) || document.querySelector(selector); } catch { /* not a selector */ }
    if (!list) {
      console.warn(`talkboard: list="${selector}" selects nothing; the schedule goes at the end of the board`);
      return { nodes: [], anchor: null };
    }
    return { nodes: [list], anchor: board.contains(list) ? list : null };
  }
  const content = [...board.childNodes].filter((node) => (node.nodeType === 1 && !node.matches(SOURCE))
    || (node.nodeType === 3 && node.textContent.trim()));
  if (!content.length) return null;

  const sessions = await readSessions();
  const all = sessionMarkers(board, sessions);
  if (new Set(all.map((m) => m.key)).size * 2 < sessions.length) {
    console.warn('talkboard: the talk list was not found in the post inside <talk-board>; give it list="SELECTOR"');
    return { nodes: [], anchor: null };
  }
  const markers = tightestRun(all);
  let parent = commonAncestor(markers, board);
  let blocks = [...new Set(markers.map((m) => childHolding(parent, m)))];
  let first = blocks[0];
  let last = blocks[blocks.length - 1];
  // A list or table whose children are all talks goes as a whole.
  while (parent !== board && first === parent.firstElementChild && last === parent.lastElementChild) {
    first = last = parent;
    parent = parent.parentNode;
  }
  const children = [...parent.children];
  let from = children.indexOf(first);
  let to = children.indexOf(last);
  // In a list or table each item or row holds its whole talk: nothing around it belongs to it.
  if (CONTAINER.test(parent.nodeName)) return { nodes: children.slice(from, to + 1), anchor: outermostContainer(parent, board) };
  while (from > 0 && headingLevel(children[from - 1])) from--;
  let top = 7;
  for (let i = from; i <= to; i++) if (headingLevel(children[i])) top = Math.min(top, headingLevel(children[i]));
  while (to + 1 < children.length) {
    const next = children[to + 1];
    const level = headingLevel(next);
    if ((level && level <= top) || next.nodeName === 'HR' || next.matches(SOURCE)) break;
    to++;
  }
  const nodes = children.slice(from, to + 1);
  return { nodes, anchor: nodes[0] };
}

// Talks that are some of a list's items or a table's rows: the schedule goes before the list or
// table (not into it), and its other items stay.
function outermostContainer(node, board) {
  let outer = node;
  for (; node !== board; node = node.parentNode) if (CONTAINER.test(node.nodeName)) outer = node;
  return outer;
}
