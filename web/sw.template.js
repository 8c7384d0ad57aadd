// talkboard's service worker: offline at the venue, where the wifi is bad.
// scripts/build-pwa.mjs turns this template into build/web/sw.js: it replaces the three
// self.__TB_* placeholders below with the content hash of the site and its file lists.
//
//   app shell (html, js, wasm, css, manifest, icons)  cache-first, from a cache named by the version
//   posts (*.md, *.json fetched by <talk-board src>)  stale-while-revalidate: the cached copy at once,
//                                                       the updated post on the next visit
//   other same-origin GETs (a host blog's own pages)   network first, the last good copy offline
//
// A new version installs beside the old one and waits (no skipWaiting on install); the page
// (pwa.js) asks the reader, then posts {type: 'SKIP_WAITING'}. On activate, talkboard caches of
// other versions are deleted; the runtime cache (posts, pages) is kept across versions.
const VERSION = self.__TB_VERSION__;
const SHELL_FILES = self.__TB_SHELL__;  // URLs relative to this script
const POST_FILES = self.__TB_POSTS__;
const PREFIX = 'talkboard-';
const SHELL_CACHE = `${PREFIX}shell-${VERSION}`;
const RUNTIME_CACHE = `${PREFIX}runtime`;
const POST_PATTERN = /\.(md|markdown|json)$/i;  // manifest.webmanifest is shell, not a post

const absolute = (path) => new URL(path, self.location).href;
const shellURLs = new Set(SHELL_FILES.map(absolute));

// Bypass the HTTP cache so a new version never precaches a stale copy of a file.
const fill = (cacheName, files) => caches.open(cacheName)
  .then((cache) => cache.addAll(files.map((path) => new Request(absolute(path), { cache: 'reload' }))));

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([fill(SHELL_CACHE, SHELL_FILES), fill(RUNTIME_CACHE, POST_FILES)]));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(names
    .filter((name) => name.startsWith(PREFIX) && name !== SHELL_CACHE && name !== RUNTIME_CACHE)
    .map((name) => caches.delete(name)))));
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') self.skipWaiting();
  if (type === 'GET_VERSION' && event.ports[0]) event.ports[0].postMessage(VERSION);
});

async function cacheFirst(request, key) {
  const cached = await caches.match(key, { cacheName: SHELL_CACHE });
  return cached || fetch(request);
}

// Answer from the cache when we can, refresh it in the background either way.
async function staleWhileRevalidate(event) {
  const cache = await caches.open(RUNTIME_CACHE);
  const cached = await cache.match(event.request, { ignoreSearch: true });
  const refreshed = fetch(event.request, { cache: 'no-cache' }).then((response) => {
    if (response.status === 200) return cache.put(event.request, response.clone()).then(() => response);
    return response;
  });
  if (cached) {
    event.waitUntil(refreshed.catch(() => {}));
    return cached;
  }
  return refreshed;
}

async function networkFirst(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';  // share links and deep links are the same page
    if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  }
  if (shellURLs.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href));
  } else if (POST_PATTERN.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event));
  } else {
    event.respondWith(networkFirst(request));
  }
});
