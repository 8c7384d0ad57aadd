// The demo under a strict Content-Security-Policy (issue 6): served with
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
// (no inline script, no eval) it must load, search, star and open the timetable with no CSP
// violation reported.
// python3 -m http.server cannot add headers, so the harness serves this suite from Node.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';
import { DEMO, articles, favourite, search } from './board.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

browserSuite('strict Content-Security-Policy', (env) => {
  env.test('the demo works under a strict CSP with no violation', async () => {
    const { page } = await env.newPage({
      context: { serviceWorkers: 'block' },
      init: () => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      },
    });
    const response = await page.goto(env.url(''));
    assert.equal(response.headers()['content-security-policy'], POLICY, 'the page is served with the policy');
    await page.waitForFunction(() => window.__tbEvents.ready.length > 0, null, { timeout: 20_000 });
    assert.equal(await articles(page).count(), DEMO.total);
    await search(page, 'tetragon');
    assert.ok(await articles(page).count() < DEMO.total, 'the search narrowed the list');
    await favourite(page, (await articles(page).first().getByRole('heading').textContent()).trim());
    // A view loaded on demand: its module and its constructed stylesheet are allowed too.
    await page.getByRole('button', { name: 'Timetable', exact: true }).click();
    await page.getByRole('region', { name: /^Timetable, / }).first().waitFor();
    assert.equal(await page.locator('.tb-tt-head').first().evaluate((node) => getComputedStyle(node).position), 'sticky', 'the view\'s styles apply');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors.map(String), []);
    // The policy is in force, so the silence above means something: an inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5_000 });
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
  });
}, { headers: { 'Content-Security-Policy': POLICY } });
