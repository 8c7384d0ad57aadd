// The board's notice line: one message at a time with optional action controls (storage problems,
// a share link, a shared schedule to merge). A notice given before the board's layout exists is
// kept and shown once it is attached.
import { el } from './dom.js';

export class Notice {
  constructor() {
    this.box = null;
    this._pending = null;
  }

  /** Shows notices in `box` from now on (and the one given before, if any). */
  attach(box) {
    this.box = box;
    if (this._pending) { this.show(this._pending[0], ...this._pending[1]); this._pending = null; }
  }

  show(message, ...actions) {
    if (!this.box) { this._pending = [message, actions]; return; }
    this.box.replaceChildren(el('span', { text: message }), ...actions);
    this.box.hidden = false;
  }

  /** Replaces the message text, keeping the actions (e.g. "Link copied: "). */
  retitle(message) {
    if (this.box && this.box.firstChild) this.box.firstChild.textContent = message;
  }

  clear() {
    if (this.box) { this.box.hidden = true; this.box.replaceChildren(); }
  }
}
