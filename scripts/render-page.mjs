// Renders the demo blog page at build time, as a static site generator would (readable without
// JavaScript):
//   node scripts/render-page.mjs TEMPLATE POST.md PARSE.json OUT.html POST_FILE_NAME
// The post's markdown body becomes HTML with markdown-it (raw HTML in the post is escaped, links
// only when http(s)) and goes, whole, inside <talk-board src=POST_FILE_NAME>: intro, talk list and
// closing text as written. With JavaScript the element replaces the talk list with the schedule
// and keeps the rest (web/src/element/talk-list.js). PARSE.json is `talkboard parse POST.md`:
// the title, date and description come from the core's reading of the frontmatter.
import { readFileSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const [templatePath, postPath, parsePath, outPath, postFile] = process.argv.slice(2);
const template = readFileSync(templatePath, 'utf8');
const post = readFileSync(postPath, 'utf8');
const parsed = JSON.parse(readFileSync(parsePath, 'utf8'));

const escape = (text) => String(text ?? '').replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.validateLink = (url) => /^https?:\/\//i.test(url.trim());
const body = post.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
const content = markdown.render(body).trim().split('\n').map((line) => `        ${line}`).join('\n');

const title = parsed.post.title ?? 'Schedule';
const date = parsed.post.date ?? '';
const dateLabel = date ? new Date(date).toLocaleDateString('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }) : '';
const fill = {
  '@TITLE@': escape(title), '@DESCRIPTION@': escape(parsed.post.description ?? `${parsed.sessions.length} sessions`),
  '@DATE@': escape(date), '@DATE_LABEL@': escape(dateLabel), '@CONTENT@': content, '@POST_FILE@': escape(postFile),
};
writeFileSync(outPath, template.replace(/@[A-Z_]+@/g, (m) => (m in fill ? fill[m] : m)));
