// Story: a learner opens the Lab, runs each sharing strategy on real threads, and sees throughput, outcomes and charts.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support/app.ts';

const STRATEGIES = ['none', 'mutex', 'rwmutex', 'sharded', 'read-mostly', 'owner'];

async function openLab(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Lab' }).click();
  // The Lab chunk loads lazily; a loaded machine (or a test that proxies every request) needs more than 5 s.
  await expect(page.getByRole('heading', { name: 'Parallel lab', exact: true })).toBeVisible({ timeout: 20_000 });
}

async function smallWorkload(page: Page, ops: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Workload' });
  await form.getByLabel('Workers', { exact: true }).fill('2');
  await form.getByLabel('Operations per worker').fill(String(ops));
  await form.getByLabel('Read percentage').fill('50');
  await form.getByLabel('Key space').fill('2000');
  await form.getByLabel('Repeats').fill('1');
}

test('each strategy runs a small workload on real workers and shows its result and a chart', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await openLab(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await smallWorkload(page, 20_000);
  const form = page.getByRole('form', { name: 'Workload' });
  const results = page.getByRole('table', { name: 'Results' });
  for (const [i, name] of STRATEGIES.entries()) {
    await form.getByLabel('Strategy').selectOption(name);
    await form.getByRole('button', { name: 'Start' }).click();
    await expect(results.locator('tbody tr')).toHaveCount(i + 1, { timeout: 20_000 });
    const row = results.locator('tbody tr').first();
    await expect(row).toHaveAttribute('data-strategy', name);
    const outcome = await row.getAttribute('data-outcome');
    // Locked strategies must end clean; none may be detected, damaged or (rarely) clean.
    if (name === 'none') expect(['clean', 'detected', 'damaged']).toContain(outcome);
    else expect(outcome).toBe('clean');
    await expect(form.getByRole('button', { name: 'Start' })).toBeEnabled();
  }
  await expect(page.getByRole('progressbar', { name: 'Run progress' })).toHaveAttribute('aria-valuenow', '100');
  // The bar chart: one bar per strategy, drawn on a canvas.
  const bar = page.locator('figure.lab-chart').first();
  await expect(bar).toHaveAttribute('data-points', String(STRATEGIES.length));
  await expect(bar.locator('canvas')).toHaveAttribute('aria-label', /Throughput by strategy: none .* ops\/s, mutex .* ops\/s/);
  const box = await bar.locator('canvas').boundingBox();
  expect(box!.width).toBeGreaterThan(100);
  // Outcome tallies list every strategy.
  const tallies = page.getByRole('table', { name: 'Outcomes by strategy' });
  await expect(tallies.locator('tbody tr')).toHaveCount(STRATEGIES.length);
  await expect(tallies.locator('tr[data-strategy="mutex"] td').nth(3)).toHaveText('1'); // clean column
  expect(errors).toEqual([]);
});

test('repeated unprotected runs are tallied as detected, silently damaged or clean', async ({ page }) => {
  test.setTimeout(90_000);
  await openLab(page);
  await smallWorkload(page, 100_000);
  const form = page.getByRole('form', { name: 'Workload' });
  await form.getByLabel('Read percentage').fill('10');
  await form.getByLabel('Key space').fill('100000');
  await form.getByLabel('Repeats').fill('8');
  await form.getByLabel('Strategy').selectOption('none');
  await form.getByRole('button', { name: 'Start' }).click();
  const row = page.getByRole('table', { name: 'Outcomes by strategy' }).locator('tr[data-strategy="none"]');
  await expect(row.locator('td').first()).toHaveText('8', { timeout: 60_000 });
  const [runs, detected, damaged, clean, other] = await row.locator('td').allTextContents();
  expect(Number(detected) + Number(damaged) + Number(clean) + Number(other)).toBe(Number(runs));
  expect(Number(other)).toBe(0);
  if (Number(detected) > 0) {
    await expect(page.getByRole('region', { name: 'What happened to the map' }).getByText(/fatal error: concurrent map (writes|read and map write)/).first()).toBeVisible();
  }
});

test('a sweep draws throughput against worker count and read percentage', async ({ page }) => {
  test.setTimeout(120_000);
  await openLab(page);
  await smallWorkload(page, 5_000);
  await page.getByRole('button', { name: 'Sweep' }).click();
  await expect(page.getByText('Sweep done.')).toBeVisible({ timeout: 100_000 });
  const charts = page.locator('figure.lab-chart');
  await expect(charts).toHaveCount(3);
  for (const i of [1, 2]) {
    const points = Number(await charts.nth(i).getAttribute('data-points'));
    expect(points).toBeGreaterThanOrEqual(5); // at least one point per locked strategy
  }
  await expect(charts.nth(1).locator('canvas')).toHaveAttribute('aria-label', /against worker count.*Mutex: 1 workers/);
  await expect(charts.nth(2).locator('canvas')).toHaveAttribute('aria-label', /against read percentage.*sharded: 0%/);
  await page.getByLabel(/Logarithmic scale/).check();
  for (const i of [0, 1, 2]) await expect(charts.nth(i)).toHaveAttribute('data-scale', 'log');
});

test('Stop ends a long run early and says so', async ({ page }) => {
  await openLab(page);
  await smallWorkload(page, 5_000_000);
  const form = page.getByRole('form', { name: 'Workload' });
  await form.getByLabel('Strategy').selectOption('mutex');
  await form.getByRole('button', { name: 'Start' }).click();
  const bar = page.getByRole('progressbar', { name: 'Run progress' });
  await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
  await form.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Stopped.')).toBeVisible({ timeout: 10_000 });
  const row = page.getByRole('table', { name: 'Results' }).locator('tbody tr').first();
  await expect(row).toHaveAttribute('data-outcome', 'stopped');
  expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
  await expect(form.getByRole('button', { name: 'Start' })).toBeEnabled();
});

test('without cross-origin isolation the lab explains the fix and the rest of the app still works', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['cross-origin-opener-policy'];
    delete headers['cross-origin-embedder-policy'];
    await route.fulfill({ response, headers });
  });
  await openLab(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const note = page.getByRole('note');
  await expect(note.getByRole('heading', { name: /needs a cross-origin isolated page/ })).toBeVisible();
  await expect(note).toContainText('Cross-Origin-Opener-Policy: same-origin');
  await expect(note).toContainText('Cross-Origin-Embedder-Policy: require-corp');
  await expect(note).toContainText('coi-serviceworker');
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Playground' }).click();
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: 15_000 });
  await context.close();
});
