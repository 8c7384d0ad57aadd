// Minifies a stylesheet for shipping: drops comments and the white space CSS does not need.
//   node scripts/minify-css.mjs IN.css OUT.css
// Conservative on purpose (no rule merging, no value rewriting): strings are kept byte for byte,
// white space is removed only next to { } ; , > and after ':' (never before it: `a :hover` is not
// `a:hover`), and the last ';' of a block goes. tests/browser/budget.test.mjs checks in Chromium
// that the result parses to the same rules as the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STRING = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

export function minifyCss(source) {
  // Comments go first (each leaves a space: it separates tokens as white space does), then the
  // text outside strings is squeezed.
  const uncommented = source.split(new RegExp(`${STRING.source}|(/\\*[\\s\\S]*?\\*/)`))
    .filter((part) => part !== undefined)
    .map((part) => (part.startsWith('/*') ? ' ' : part)).join('');
  return uncommented.split(STRING).map((part, i) => (i % 2 === 1 ? part : part
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}'))).join('').trim() + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: node scripts/minify-css.mjs IN.css OUT.css');
    process.exit(2);
  }
  writeFileSync(output, minifyCss(readFileSync(input, 'utf8')));
}
