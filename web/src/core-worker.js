// The page's one module Web Worker: the wasm core runs here (core-host.js), so that no post,
// however big, holds the page's main thread. core-loader.js starts it and speaks to it.
import { createHost } from './core-host.js';

const host = createHost((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (event) => host.receive(event.data);
self.postMessage({ ready: true });  // the page knows module workers run here
