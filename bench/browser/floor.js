// The "floor" baseline page: the sessions arrive as ready JSON (what `talkboard parse` prints, made
// by scripts/bench.sh), so no parsing happens in the page; every card is rendered with plain DOM
// calls and filtered with a JS substring match (cards.js). Anything talkboard spends beyond this is
// the price of parsing markdown in the page and of its features.
import { mountBoard, postParam } from './cards.js';

const response = await fetch(postParam().replace(/\.md$/, '.json'));
const data = await response.json();
mountBoard(document.getElementById('board'), data.sessions);
