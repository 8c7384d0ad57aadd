// The "typical" baseline page: what a blog would do without talkboard — fetch the markdown post,
// parse it with markdown-it (npm, loaded as its UMD build: window.markdownit), find sessions in the
// token stream (a paragraph that is one link = a talk; a "Weekday, Month D, YYYY, HH:MM - HH:MM TZ"
// paragraph = its time; the next paragraph = its abstract; `##` = section), then render every card
// and filter in JS (cards.js, the same code as the floor page).
import { mountBoard, postParam } from './cards.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TIME_LINE = /^\*{0,2}(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4}),?\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*([A-Z]{2,4})?\*{0,2}$/;
const KIND = /^(?:⚡\s*)?(Keynote|Lightning Talk|Panel Discussion|Panel|Workshop|Tutorial):\s*/;

function extract(markdown) {
  const tokens = window.markdownit().parse(markdown, {});
  const sessions = [];
  let section = null;
  let current = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open' && token.tag === 'h2') { section = tokens[i + 1].content; continue; }
    if (token.type !== 'inline' || tokens[i - 1]?.type !== 'paragraph_open') continue;
    const kids = token.children || [];
    if (kids.length >= 3 && kids[0].type === 'link_open' && kids[kids.length - 1].type === 'link_close') {
      const text = kids.slice(1, -1).map((k) => k.content).join('');
      const cut = text.lastIndexOf(' - ');
      let title = cut > 0 ? text.slice(0, cut) : text;
      const who = cut > 0 ? text.slice(cut + 3) : '';
      const kind = title.match(KIND);
      if (kind) title = title.slice(kind[0].length);
      const speakers = who.split(/\s*&\s*/).filter(Boolean).map((p) => {
        const comma = p.indexOf(',');
        return comma < 0 ? { name: p.trim(), org: null } : { name: p.slice(0, comma).trim(), org: p.slice(comma + 1).trim() };
      });
      current = { title, kind: kind ? kind[1].toLowerCase().replace(/ /g, '_') : null, speakers, url: kids[0].attrGet('href'),
        date: null, start: null, end: null, tz: null, section, abstract: '' };
      sessions.push(current);
      continue;
    }
    if (!current) continue;
    const time = token.content.match(TIME_LINE);
    if (time && !current.date) {
      const month = MONTHS.indexOf(time[1].toLowerCase()) + 1;
      current.date = `${time[3]}-${String(month).padStart(2, '0')}-${time[2].padStart(2, '0')}`;
      [current.start, current.end, current.tz] = [time[4], time[5], time[6] || null];
    } else if (!current.abstract) {
      current.abstract = token.content;
    }
  }
  return sessions;
}

const response = await fetch(postParam());
mountBoard(document.getElementById('board'), extract(await response.text()));
