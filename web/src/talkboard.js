// Entry point: defines <talk-board>. The class lives in talkboard-element.js.
import { TalkBoardElement } from './talkboard-element.js';

if (!customElements.get('talk-board')) {
  customElements.define('talk-board', TalkBoardElement);
}
export { TalkBoardElement };
