// Entry point: defines <talk-board>. The class lives in element/talkboard-element.js.
import { TalkBoardElement } from './element/talkboard-element.js';

if (!customElements.get('talk-board')) {
  customElements.define('talk-board', TalkBoardElement);
}
export { TalkBoardElement };
