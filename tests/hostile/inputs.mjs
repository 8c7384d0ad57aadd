// The hostile inputs of issue 6 ("Hardening", item 3), generated at test time: deterministic (no
// randomness, no clock), one named function per input, each returning a Buffer of the exact bytes.
// Shared by tests/cli/hostile_inputs.test.mjs (the native CLI), tests/browser/hostile.test.mjs (the
// element) and scripts/hostile-table.mjs (the closing note's table). Nothing here is committed as
// data: the biggest input is 20 MB.
//
// HOSTILE_INPUTS lists them with what the contract says must happen:
//   expect 'parse'  -> accepted: `talkboard parse` exits 0 with `sessions` sessions, the element renders them;
//   expect 'refuse' -> refused: exit 2 with one clear line on stderr, the element shows role=alert.
// The browser column differs only where the browser itself changes the bytes before the core sees
// them (`browser`): fetch() decodes invalid UTF-8 to U+FFFD, so the element renders that post.

const MiB = 1024 * 1024;

const frontmatter = (title) => `---\ntitle: '${title}'\ndate: '2024-01-18T12:00:00.000Z'\npath: '/blog/hostile'\n---\n\n`;

const FIRST = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Abbott', 'Berger', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Hansen', 'Ito', 'Jansen'];
const ORGS = ['Acme Labs', 'Blue Harbor', 'Cobalt Systems', 'Driftwood', 'Ember Cloud'];

// One talk in the real format; `i` makes title, speaker and time unique and deterministic.
function talk(i, abstract = `Session ${i} covers the topic in practice, with lessons from production.`) {
  const minutes = 8 * 60 + (i % 120) * 5;
  const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const day = ['Monday, March 18, 2024', 'Tuesday, March 19, 2024', 'Wednesday, March 20, 2024'][i % 3];
  return `[Talk ${i} on hardening - ${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]}, ${ORGS[i % 5]}](https://conf.example.org/s/${i})\n\n` +
    `${day}, ${hhmm(minutes)} - ${hhmm(minutes + 25)} CET\n\n${abstract}\n\n`;
}

// A small, well-formed post of three talks: the base that several inputs corrupt.
export function basePost() {
  return frontmatter('Base post') + '## Talks\n\n' + talk(1) + talk(2) + talk(3);
}

// Hostile 1: a 20 MB post. 20,000 talks with ~1 KB abstracts, as a generated schedule would be:
// under limits::max_input_bytes (32 MiB) and limits::max_sessions, so it must be accepted.
export function post20MB() {
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ';
  const parts = [frontmatter('A 20 MB post'), '## Track\n\n'];
  let size = parts[0].length + parts[1].length;
  let i = 0;
  while (size < 20 * MiB) {
    const abstract = `Session ${i}. ` + filler.repeat(10);
    const text = talk(i, abstract);
    parts.push(text);
    size += text.length;
    i++;
  }
  return Buffer.from(parts.join(''), 'utf8');
}

// Hostile 2: 100,000 links. One paragraph of 50,000 inline links (prose), one list of 50,000 links
// (a list item that is only a link, with no speaker, time, kind or session page, is no talk), then
// one real talk: one session.
export function links100k() {
  const inline = [];
  for (let i = 0; i < 50_000; i++) inline.push(`[ref ${i}](https://example.org/r/${i})`);
  const list = [];
  for (let i = 50_000; i < 100_000; i++) list.push(`- [item ${i}](https://example.org/i/${i})`);
  return Buffer.from(frontmatter('100,000 links') + inline.join(' ') + '\n\n' + list.join('\n') + '\n\n## Talks\n\n' + talk(1), 'utf8');
}

// Hostile 3: 10,000 nested lists and 10,000 nested quotes (and both interleaved), then one real talk.
export function nested10k() {
  const lists = '- '.repeat(10_000) + 'deep list item\n\n';
  const quotes = '> '.repeat(10_000) + 'deep quote\n\n';
  const mixed = '> - '.repeat(5_000) + 'deep mixed\n\n';
  const indented = [];
  for (let i = 0; i < 200; i++) indented.push(`${'  '.repeat(i)}- level ${i}`);
  return Buffer.from(frontmatter('Nested') + lists + quotes + mixed + indented.join('\n') + '\n\n## Talks\n\n' + talk(1), 'utf8');
}

// Hostile 4: invalid UTF-8 (an overlong '/', a lone continuation byte, a truncated sequence) in a
// good post. The CLI refuses it with the byte offset; fetch() in the browser turns it into U+FFFD.
export function invalidUtf8() {
  const text = basePost();
  const at = text.indexOf('Talk 2');
  return Buffer.concat([
    Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0xC0, 0xAF, 0x80, 0xE2, 0x9A]),
    Buffer.from(text.slice(at), 'utf8'),
  ]);
}

// Hostile 5: NUL bytes inside a good post (a title and the end of the file).
export function nulBytes() {
  const text = basePost();
  const at = text.indexOf('Talk 2');
  return Buffer.concat([
    Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0, 0, 0]), Buffer.from(text.slice(at), 'utf8'), Buffer.from([0]),
  ]);
}

// Hostile 6: CRLF line ends throughout.
export function crlf() { return Buffer.from(basePost().replace(/\n/g, '\r\n'), 'utf8'); }

// Hostile 7: lone CR line ends throughout (classic Mac).
export function loneCr() { return Buffer.from(basePost().replace(/\n/g, '\r'), 'utf8'); }

// Hostile 8: a UTF-8 byte order mark before the frontmatter.
export function bom() { return Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(basePost(), 'utf8')]); }

// Hostile 9: a 1 MB line (prose with no line break), then a 1 MB link line (far over
// limits::max_talk_line_bytes: prose, not a talk), then the three real talks.
export function line1MB() {
  const words = 'word '.repeat(MiB / 5);
  const link = `[${'t'.repeat(MiB)} - Speaker, Org](https://example.org/long)`;
  return Buffer.from(frontmatter('A 1 MB line') + words + '\n\n' + link + '\n\n## Talks\n\n' + talk(1) + talk(2) + talk(3), 'utf8');
}

// Hostile 10: a huge frontmatter: 40,000 keys (~1 MB), far over limits::max_frontmatter_bytes (64 KiB).
export function hugeFrontmatter() {
  const keys = [];
  for (let i = 0; i < 40_000; i++) keys.push(`key${i}: 'value number ${i}'`);
  return Buffer.from(`---\ntitle: 'Huge frontmatter'\n${keys.join('\n')}\n---\n\n## Talks\n\n${talk(1)}`, 'utf8');
}

// Hostile 11: a JSON envelope nested 100,000 deep (arrays inside frontmatter).
export function deepJson() {
  const depth = 100_000;
  return Buffer.from(`{"frontmatter": {"title": "Deep", "a": ${'['.repeat(depth)}${']'.repeat(depth)}}, "rawMarkdownBody": ${JSON.stringify(talk(1))}}`, 'utf8');
}

// Hostile 12: a JSON envelope with the wrong types: frontmatter a list, rawMarkdownBody a number.
export function wrongJson() {
  return Buffer.from(JSON.stringify({ frontmatter: ['title', 'Wrong'], rawMarkdownBody: 42, extra: { nested: [1, 2, 3] } }), 'utf8');
}

// Hostile 13: a JSON envelope whose body is a string but whose frontmatter title is an object
// and date a number: the fields of the wrong type must not crash the reader.
export function wrongJsonFields() {
  return Buffer.from(JSON.stringify({
    frontmatter: { title: { text: 'Not a string' }, date: 20240118, tags: [{ a: 1 }, null, true] },
    rawMarkdownBody: '## Talks\n\n' + talk(1),
  }), 'utf8');
}

// The catalogue. `sessions`: how many talks an accepted input yields; `browser`: the outcome in the
// element when it differs from the CLI's (see the top of the file).
export const HOSTILE_INPUTS = [
  { name: '20 MB post', fn: post20MB, expect: 'parse', sessions: 19_819 },
  { name: '100,000 links', fn: links100k, expect: 'parse', sessions: 1 },
  { name: '10,000 nested lists and quotes', fn: nested10k, expect: 'parse', sessions: 1 },
  { name: 'invalid UTF-8', fn: invalidUtf8, expect: 'refuse', browser: { expect: 'parse', sessions: 3 } },
  { name: 'NUL bytes', fn: nulBytes, expect: 'refuse' },
  { name: 'CRLF line ends', fn: crlf, expect: 'parse', sessions: 3 },
  { name: 'lone CR line ends', fn: loneCr, expect: 'parse', sessions: 3 },
  { name: 'BOM', fn: bom, expect: 'parse', sessions: 3 },
  { name: '1 MB line', fn: line1MB, expect: 'parse', sessions: 3 },
  { name: 'huge frontmatter (1 MB)', fn: hugeFrontmatter, expect: 'refuse' },
  { name: 'JSON nested 100,000 deep', fn: deepJson, expect: 'refuse' },
  { name: 'JSON envelope, wrong types', fn: wrongJson, expect: 'refuse' },
  { name: 'JSON envelope, wrongly typed fields', fn: wrongJsonFields, expect: 'parse', sessions: 1 },
];
