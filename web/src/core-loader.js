// Loads the wasm core once per page: every <talk-board> shares one cached promise.
import createTalkboardCore from './talkboard_core.js';

let corePromise = null;

/** @returns {Promise<object>} the Emscripten module (use `new core.Board()`). */
export function loadCore() {
  if (!corePromise) {
    corePromise = createTalkboardCore({
      locateFile: (file) => new URL(file, import.meta.url).href,
    });
    corePromise.catch(() => { corePromise = null; }); // let a later element retry
  }
  return corePromise;
}
