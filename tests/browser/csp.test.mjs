// The demo under a strict Content-Security-Policy (issue 6): served with
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'
// (no inline script, no eval) it must load, search and star with no CSP violation reported.
// python3 -m http.server (the harness's server) cannot add headers, so every same-origin response
// is passed through page.route with the policy added; service workers are blocked in the context,
// or they would answer without going through the route.
import assert from 'node:assert/strict';
import { browserSuite } from './harness.mjs';

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
    await page.route(`${env.baseURL}**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
    });
    const policies = [];
    page.on('response', (response) => policies.push(response.headers()['content-security-policy']));
    await page.goto(env.url('index.html'));
    const articles = page.getByRole('article');
    await assert.doesNotReject(articles.first().waitFor({ timeout: 20_000 }));
    assert.equal(await articles.count(), 14);
    await page.getByRole('searchbox', { name: 'Search' }).fill('tetragon');
    await page.waitForFunction(() => document.querySelectorAll('talk-board article').length < 14, null, { timeout: 10_000 });
    const star = page.getByRole('button', { name: /^Star / }).first();
    await star.click();
    assert.equal(await star.getAttribute('aria-pressed'), 'true');
    assert.ok(policies.length > 0 && policies.every((policy) => policy === POLICY), 'every response carried the policy');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors.map((error) => error.message), []);
    // The policy is in force, so the silence above means something: an inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => window.__violations.length > 0, null, { timeout: 5_000 });
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
  });
});
