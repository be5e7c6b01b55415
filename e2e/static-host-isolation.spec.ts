// Story: the built site is put on a static host that cannot send COOP/COEP headers; the page still
// becomes cross-origin isolated (the Lab needs SharedArrayBuffer) thanks to coi-serviceworker.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { serveStatic } from './support/static-server.ts';

let host: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  host = await serveStatic(fileURLToPath(new URL('../dist/', import.meta.url)));
});

test.afterAll(async () => {
  await host.close();
});

test('a static host without isolation headers still gets an isolated page after one reload', async ({ page }) => {
  const response = await page.goto(host.url);
  expect(response?.headers()['cross-origin-opener-policy']).toBeUndefined();
  await page.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 15_000 });
  expect(await page.evaluate(() => typeof SharedArrayBuffer)).toBe('function');
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 20_000 });
  await expect(page.getByRole('region', { name: /Problems/ }).getByText(/^No problems:/)).toBeVisible();
});
