// Contract-level access to <talk-board> for the browser tests: everything here goes through the
// roles, names, attributes and events that docs/ARCHITECTURE.md ("The element") promises, never through CSS classes.
//
//   searchbox named "Search"; filter controls = buttons or checkboxes with visible names; each
//   session an `article` whose heading is its title; a favourite toggle with aria-pressed; a live
//   region telling how many sessions are shown; calendar download named with "calendar" or ".ics";
//   events talkboard-ready / talkboard-render with detail.count.
import assert from 'node:assert/strict';
import { axePath } from './harness.mjs';

// The demo post (web/demo/kubecon-eu-2024.md), as `talkboard parse` reads it: title -> UTC start.
export const DEMO = {
  total: 14,
  sessions: [
    ['Connecting Cloud Native: Cilium + eBPF Day', '2024-03-19T08:00:00Z'],
    ['Lessons from Building Scalable Network Policy Enforcement with eBPF', '2024-03-19T08:50:00Z'],
    ['Falco, Tracee and Tetragon: eBPF Runtime Observability and Security Tools Differences', '2024-03-19T09:30:00Z'],
    ['Optimizing Cluster Workloads: Cilium Envoy on DPU', '2024-03-19T09:40:00Z'],
    ['Bee-Lieve in the Metadata: Pollenating Build Attestations on Kubernetes with Tetragon and EBPF', '2024-03-19T10:05:00Z'],
    ['Meshing It up Securely: How Roche Manages Network Connectivity for 1000+ Edge Clusters', '2024-03-19T10:40:00Z'],
    ['Revolutionizing Mesh Layers: Transitioning from Istio to Cilium at the New York Times', '2024-03-19T11:15:00Z'],
    ['Supercharge Kubernetes Networking with Cilium and IPv6', '2024-03-19T12:30:00Z'],
    ['Cilium Beyond Linux: Extending eBPF to Windows Infrastructure', '2024-03-19T14:15:00Z'],
    ['Speedrun Through Splicing Sockets with Sockmap', '2024-03-19T15:25:00Z'],
    ['Taming Noisy Network Neighbours with Cilium and eBPF', '2024-03-19T16:00:00Z'],
    ['Unveiling 5 Essential Insights from Cilium Implementation in a Multi-Tenant Kubernetes Environment', '2024-03-19T16:10:00Z'],
    ['Defending the Future: Cilium + eBPF Day Closing', '2024-03-19T16:20:00Z'],
    ['Cilium: Connecting, Observing, and Securing Service Mesh and Beyond with EBPF', '2024-03-20T14:25:00Z'],
  ],
};

export async function gotoAndWaitReady(page, url, timeout = 20_000) {
  await page.goto(url);
  return waitReady(page, timeout);
}

// Resolves with the `talkboard-ready` detail.count once the event fired (recorded by harness.mjs).
export async function waitReady(page, timeout = 20_000) {
  const handle = await page.waitForFunction(
    () => window.__tbEvents && window.__tbEvents.ready.length > 0 && window.__tbEvents.ready[0].count,
    null, { timeout, polling: 50 },
  ).catch(async (error) => {
    const errors = (page.errors || []).map((e) => e.message).join(' | ');
    throw new Error(`talkboard-ready did not fire within ${timeout} ms${errors ? ` (page errors: ${errors})` : ''}: ${error.message}`);
  });
  return handle.jsonValue();
}

// The count of the most recent ready/render event.
export function lastEventCount(page) {
  return page.evaluate(() => {
    const all = [...window.__tbEvents.ready, ...window.__tbEvents.render].sort((a, b) => a.at - b.at);
    return all.length ? all[all.length - 1].count : undefined;
  });
}

// How many ready/render events have fired so far (to wait for a render after an action).
export const eventTotal = (page) => page.evaluate(() => window.__tbEvents.ready.length + window.__tbEvents.render.length);

// Wait until the most recent render event reports `count` (and, by default, the live region says it).
// With `after` (an eventTotal taken before the action), only a render after the action counts.
export async function waitForCount(page, count, { live = true, timeout = 10_000, after = 0 } = {}) {
  try {
    await page.waitForFunction(([n, seen]) => {
      const all = [...window.__tbEvents.ready, ...window.__tbEvents.render].sort((a, b) => a.at - b.at);
      return all.length > seen && all[all.length - 1].count === n;
    }, [count, after], { timeout, polling: 50 });
  } catch {
    assert.fail(`expected the last talkboard-render detail.count to become ${count}, it is ${await lastEventCount(page)}`);
  }
  if (live) await waitForLiveCount(page, count, timeout);
}

// The live region(s): explicit aria-live (not off), role=status/log, or <output>.
export const liveRegions = (page) => page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], output');

export async function liveText(page) {
  const texts = await liveRegions(page).allTextContents();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
}

// The live region mentions `count` as a number of its own (14 matches "14 sessions", not "140").
export async function waitForLiveCount(page, count, timeout = 10_000) {
  const pattern = new RegExp(`(^|[^\\d,.])${count.toLocaleString('en-US').replace(/,/g, '[,.\\u202f\\u00a0 ]?')}(?![\\d])`);
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = await liveText(page);
    if (pattern.test(text)) return text;
    await page.waitForTimeout(50);
  }
  assert.fail(`live region should say ${count} sessions are shown; it says: ${JSON.stringify(text)}`);
}

export const searchbox = (page) => page.getByRole('searchbox', { name: 'Search' });

export const articles = (page) => page.getByRole('article');

export const articleTitled = (page, title) =>
  articles(page).filter({ has: page.getByRole('heading', { name: title }) });

// A session's favourite toggle: the aria-pressed control inside its article.
export const favouriteToggle = (article) =>
  article.locator('button[aria-pressed], [role="button"][aria-pressed]').first();

export async function isPressed(toggle) {
  return (await toggle.getAttribute('aria-pressed')) === 'true';
}

// A filter control by accessible name: a checkbox or a button that is not inside a session article
// (so a session's own buttons never count). If none is visible yet, do what a reader would: open a
// collapsed filter panel and press the "Show all …" / "More …" buttons, then look again.
// Async: resolves to a Locator for the first such control.
export async function filterControl(page, name) {
  const candidates = page.getByRole('checkbox', { name }).or(page.getByRole('button', { name }));
  // A filter control is a checkbox or a toggle (aria-pressed), outside the session articles (so a
  // "Remove filter …" button of the active-filter summary is not one).
  const firstOutside = async () => {
    const outside = await candidates.evaluateAll((els) => els.map((el) => {
      if (el.type !== 'checkbox' && el.getAttribute('role') !== 'checkbox' && !el.hasAttribute('aria-pressed')) return false;
      for (let node = el; node; node = node.parentNode || node.host) if (node.localName === 'article') return false;
      return true;
    }));
    return outside.indexOf(true);
  };
  let index = await firstOutside();
  if (index < 0) {
    await openFilters(page);
    index = await firstOutside();
  }
  if (index < 0) {
    const more = page.getByRole('button', { name: /^(show all|show more|more)\b/i });
    for (let i = 0; i < 10 && (await more.count()) > 0; i++) {
      await more.first().click();
      index = await firstOutside();
      if (index >= 0) break;
    }
  }
  assert.ok(index >= 0, `no filter control (checkbox or button outside the articles) named ${name}`);
  return candidates.nth(index);
}

// Whether a filter control is on: checked (checkbox) or aria-pressed/aria-checked (button).
export async function isOn(control) {
  return control.evaluate((el) => {
    if (el instanceof HTMLInputElement) return el.checked;
    return el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true';
  });
}

// Open the collapsed filter panel(s) (a <details> whose summary names filters), as a reader would.
export async function openFilters(page) {
  const closed = page.locator('details:not([open]) > summary').filter({ hasText: /filter/i });
  for (let i = 0; i < 5 && (await closed.count()) > 0; i++) await closed.first().click();
}

// Make a control reachable if it sits in a collapsed <details> (as a reader would: open it).
export async function reveal(control) {
  if (await control.isVisible()) return;
  await openFilters(control.page());
  if (await control.isVisible()) return;
  await control.evaluate((el) => {
    for (let node = el; node; node = node.parentNode || node.host) {
      if (node.localName === 'details' && !node.open) node.querySelector(':scope > summary')?.click();
    }
  });
}

// The facet count a filter control shows: a descendant (or label part) whose whole text is a number
// (a count badge), else a number in parentheses, else a trailing "N sessions". Null when none.
export async function facetCount(control) {
  const found = await control.evaluate((el) => {
    const roots = [el, ...(el.labels ? [...el.labels] : [])];
    for (const root of roots) {
      for (const node of root.querySelectorAll('*')) {
        const t = (node.textContent || '').trim();
        if (node.children.length === 0 && /^\(?\d[\d,]*\)?$/.test(t)) return { badge: t };
      }
    }
    const parts = [el.getAttribute('aria-label') || '', el.textContent || ''];
    for (const root of roots.slice(1)) parts.push(root.textContent || '');
    return { text: parts.join(' ').replace(/\s+/g, ' ').trim() };
  });
  if (found.badge) return Number(found.badge.replace(/[(),]/g, ''));
  const paren = found.text.match(/\((\d[\d,]*)\)/);
  if (paren) return Number(paren[1].replace(/,/g, ''));
  const trailing = found.text.match(/(\d[\d,]*)\s*(sessions?|talks?)\s*$/i);
  return trailing ? Number(trailing[1].replace(/,/g, '')) : null;
}

// Click a filter control and wait for the render it causes (and, if given, the resulting count).
export async function toggleFilter(page, control, expectedCount) {
  await reveal(control);
  const before = await eventTotal(page);
  await control.click();
  if (expectedCount !== undefined) await waitForCount(page, expectedCount, { after: before });
  else await page.waitForFunction((seen) => window.__tbEvents.ready.length + window.__tbEvents.render.length > seen, before, { timeout: 10_000 });
}

// Type `text` into the searchbox (replacing what is there) and wait for the render it causes.
export async function search(page, text, expectedCount) {
  const before = await eventTotal(page);
  await searchbox(page).fill(text);
  if (expectedCount !== undefined) await waitForCount(page, expectedCount, { after: before });
  else await page.waitForFunction((seen) => window.__tbEvents.ready.length + window.__tbEvents.render.length > seen, before, { timeout: 10_000 });
}

// Favourite the session titled `title`; returns its toggle.
export async function favourite(page, title) {
  const toggle = favouriteToggle(articleTitled(page, title));
  assert.equal(await isPressed(toggle), false, `"${title}" should not be a favourite yet`);
  await toggle.click();
  await page.waitForFunction((el) => el.getAttribute('aria-pressed') === 'true', await toggle.elementHandle(), { timeout: 5000 });
  return toggle;
}

// axe-core on the page as it is: no serious or critical violation (`state` names the moment in the
// message). Injects axe once per page; colours are judged at rest (the buttons' .15 s transitions).
export async function assertAxeClean(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  await page.waitForTimeout(250);
  const bad = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })));
  assert.deepEqual(bad, [], `axe (${state}): ${JSON.stringify(bad, null, 1)}`);
}
