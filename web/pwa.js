// Offline support for a page that shows <talk-board>: registers the service worker (sw.js beside this
// file, or the URL in <meta name="talkboard-sw" content="/sw.js">) and, when a new version has
// installed and is waiting, shows "New version available — Reload". The new version takes over only
// when the reader presses Reload (the page then posts SKIP_WAITING and reloads once it controls).
// The element itself never depends on this file: without it, everything works online as before.
const UPDATE_ID = 'talkboard-update';
let reloadRequested = false;

function showUpdatePrompt(worker) {
  if (document.getElementById(UPDATE_ID)) return;
  const prompt = document.createElement('div');
  prompt.id = UPDATE_ID;
  prompt.setAttribute('role', 'status');
  prompt.style.cssText = 'position:fixed;z-index:2147483647;left:50%;bottom:1rem;transform:translateX(-50%);'
    + 'display:flex;gap:.75rem;align-items:center;padding:.6rem .6rem .6rem 1rem;border-radius:12px;'
    + 'font:inherit;background:var(--tb-fg,#1c1e26);color:var(--tb-bg,#fbfbfd);box-shadow:0 4px 16px #0004';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.style.cssText = 'font:inherit;padding:.35rem .9rem;border:0;border-radius:8px;cursor:pointer;'
    + 'background:var(--tb-accent,#4f46e5);color:var(--tb-accent-fg,#fff)';
  button.addEventListener('click', () => {
    button.disabled = true;
    reloadRequested = true;
    if (worker.state === 'installed') worker.postMessage({ type: 'SKIP_WAITING' });
    else location.reload();  // already activated elsewhere (another tab) or gone
  });
  document.body.append(prompt);
  // Filled after insertion, so screen readers announce the change in the live region.
  setTimeout(() => prompt.append('New version available — ', button), 50);
}

if ('serviceWorker' in navigator) {
  const meta = document.querySelector('meta[name="talkboard-sw"]');
  const scriptURL = meta ? meta.content : new URL('sw.js', import.meta.url).href;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested) location.reload();
  });
  navigator.serviceWorker.register(scriptURL).then((registration) => {
    if (!registration) return;  // service workers blocked (e.g. by an automation tool)
    const offer = (worker) => { if (worker && navigator.serviceWorker.controller) showUpdatePrompt(worker); };
    const whenInstalled = (worker) => worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
    offer(registration.waiting);
    whenInstalled(registration.installing);  // an update found before this script ran
    registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
    // A tab left open at the venue checks for a new version when the reader comes back to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }, (error) => console.warn('talkboard: service worker not registered:', error));
}
