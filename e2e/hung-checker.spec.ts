// Story: the checker stops answering (a bug, an endless loop); the learner is told, and can keep typing.
import { expect, test } from '@playwright/test';
import { getCode, setCode } from './support/app.ts';

test('a checker that never answers is restarted with a clear message, and the editor stays usable', async ({ page }) => {
  let workersStarted = 0;
  // Stand in for the engine worker with one that receives requests and never replies.
  await page.route(/engine\.worker-[^/]*\.js$/, (route) => {
    workersStarted++;
    // A worker in a cross-origin isolated page must itself be served with COEP.
    return route.fulfill({
      contentType: 'text/javascript',
      headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' },
      body: 'self.onmessage = () => {};',
    });
  });
  await page.goto('./');
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true);
  const status = page.getByRole('region', { name: /Problems/ }).locator('.check-status');
  await expect(status).toHaveText(/did not answer within 3\.0 s and was restarted/, { timeout: 10_000 });
  await expect(page.getByRole('region', { name: /Problems/ }).getByRole('status')).toHaveText(/restarted/);

  // Typing still works, and the next check runs in a fresh worker.
  await setCode(page, 'package main\n\nfunc main() {\n}\n');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// still typing');
  await expect.poll(() => getCode(page)).toContain('// still typing');
  await expect.poll(() => workersStarted, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
});

test('a checker that fails to start is reported plainly', async ({ page }) => {
  await page.route(/engine\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  const status = page.getByRole('region', { name: /Problems/ }).locator('.check-status');
  await expect(status).toHaveText(/The checker stopped unexpectedly \(.+\); it will be restarted\./, { timeout: 10_000 });
});
