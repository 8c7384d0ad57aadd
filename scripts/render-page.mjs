// Renders the demo blog page at build time, readable without JavaScript:
//   node scripts/render-page.mjs TEMPLATE POST.md PARSE.json OUT.html POST_FILE_NAME
// PARSE.json is `talkboard parse POST.md` (the core extracts the sessions; this script only
// prints them). Every piece of post text is HTML-escaped; links only when http(s).
import { readFileSync, writeFileSync } from 'node:fs';

const [templatePath, postPath, parsePath, outPath, postFile] = process.argv.slice(2);
const template = readFileSync(templatePath, 'utf8');
const post = readFileSync(postPath, 'utf8');
const parsed = JSON.parse(readFileSync(parsePath, 'utf8'));

const escape = (text) => String(text ?? '').replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const httpUrl = (url) => { try { const u = new URL(url); return /^https?:$/.test(u.protocol) ? u.href : null; } catch { return null; } };

// The intro: the body's paragraphs before its first heading or talk link, as plain text.
const body = post.replace(/^---\n[\s\S]*?\n---\n/, '');
const intro = [];
for (const block of body.split(/\n\s*\n/)) {
  const text = block.trim();
  if (!text) continue;
  if (/^(#|\[|\*\*\[)/.test(text)) break;
  intro.push(`        <p>${escape(text.replace(/\s+/g, ' '))}</p>`);
}

const kindLabel = (kind) => kind ? kind.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') : null;
const rows = [];
let section;
for (const s of parsed.sessions) {
  if (s.section && s.section !== section) {
    section = s.section;
    rows.push(`        <h2 class="static-section-title">${escape(section)}</h2>`);
  }
  const url = s.url && httpUrl(s.url);
  const title = url ? `<a href="${escape(url)}">${escape(s.title)}</a>` : escape(s.title);
  const time = s.start ? `${s.date ?? ''} ${s.start}${s.end ? ` – ${s.end}` : ''}${s.tz ? ` ${s.tz}` : ''}`.trim() : (s.date ?? '');
  const speakers = s.speakers.map((sp) => `${escape(sp.name)}${sp.org ? `, <span class="static-org">${escape(sp.org)}</span>` : ''}`).join(' · ');
  const abstract = s.abstract ? s.abstract.split('\n\n').map((p) => `<p>${escape(p)}</p>`).join('') : '';
  rows.push(`        <section class="static-session">
          <h3>${title}</h3>
          <p class="static-meta">${kind(s)}<time${s.utcStart ? ` datetime="${escape(s.utcStart)}"` : ''}>${escape(time)}</time></p>
          ${speakers ? `<p class="static-speakers">${speakers}</p>` : ''}
          ${abstract}
        </section>`);
}
function kind(s) { const label = kindLabel(s.kind); return label ? `<span class="tb-kind">${escape(label)}</span> ` : ''; }

const title = parsed.post.title ?? 'Schedule';
const date = parsed.post.date ?? '';
const dateLabel = date ? new Date(date).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }) : '';
const fill = {
  '@TITLE@': escape(title), '@DESCRIPTION@': escape(parsed.post.description ?? `${parsed.sessions.length} sessions`),
  '@DATE@': escape(date), '@DATE_LABEL@': escape(dateLabel), '@INTRO@': intro.join('\n'),
  '@SESSIONS@': rows.join('\n'), '@POST_FILE@': escape(postFile),
};
writeFileSync(outPath, template.replace(/@[A-Z_]+@/g, (m) => (m in fill ? fill[m] : m)));
