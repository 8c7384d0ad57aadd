// Entry point: defines <talk-board>. The class lives in element/talkboard-element.js.
// Also exported: BoardClient, the core without the element (core-loader.js: feed it a post, query
// it), and coreMemory, the wasm memory of the page's core (for monitoring a long-lived page).
import { TalkBoardElement } from './element/talkboard-element.js';

if (!customElements.get('talk-board')) {
  customElements.define('talk-board', TalkBoardElement);
}
export { TalkBoardElement };
export { BoardClient, coreMemory } from './core-loader.js';
