// Story: the learner picks the Go version. With Go 1.24+ the Map tab shows the Swiss table (control
// bytes, the writing flag lit in the writer's colour at the crash); with Go 1.22–1.23 the same
// crash sample shows the bucket map. A 900-key map shows a full 1024-slot table split in two.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { sampleProgram } from '../src/ui/app/sample-program.ts';
import { collectErrors, openApp, setCode } from './support/app.ts';

test.use({ viewport: { width: 1440, height: 1400 } });

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await target.screenshot({ path: join(shots, `${view}.png`) });
}

async function run(page: Page, seed: number, procs: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 30_000 });
  await page.waitForFunction(() => (window.__gomaplabPlayer?.length() ?? 0) > 0);
}

const goVersion = (page: Page) => page.getByRole('combobox', { name: 'Go version' });
const swissView = (page: Page) => page.getByRole('region', { name: 'Go 1.24+ Swiss table' });

/** A seed whose Go 1.26 crash of the sample leaves `writing` set at the crash, found in Node. */
function crashSeed(): number {
  for (let seed = 1; seed < 60; seed++) {
    const reply = createEngineApi().run(sampleProgram, { seed, procs: 8, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: '1.26' }, 1);
    const c = new TraceCursor(reply.trace!);
    const crash = crashPosition(c.reader);
    if (crash < 0) continue;
    c.seek(crash);
    if ([...c.state.swiss.maps.values()].some((m) => m.writing !== 0 && m.writer !== 0)) return seed;
  }
  return -1;
}

test('Go 1.24+: the crash sample shows the Swiss table with control bytes and the writing flag; Go 1.23 shows the bucket map', async ({ page }) => {
  const seed = crashSeed();
  expect(seed).toBeGreaterThan(0);
  const errors = collectErrors(page);
  await openApp(page);
  await expect(goVersion(page)).toHaveValue('1.23');
  await goVersion(page).selectOption({ label: 'Go 1.24+ (Swiss table)' });
  await run(page, seed, 8);
  await page.getByRole('tab', { name: 'Map' }).click();
  const view = swissView(page);
  await expect(view).toBeVisible();
  expect(await view.locator('[data-ctrl="full"]').count()).toBeGreaterThan(0);
  const flag = view.getByTestId('swiss-writing');
  await expect(flag).toHaveAttribute('data-writing', '1');
  await expect(flag).toHaveText(/^writing = 1 \(g\d+, map(assign|delete)\)/);
  await expect(view.getByTestId('swiss-text')).toContainText('The writing flag is set by goroutine');
  await shoot(view, 'swiss-crash');

  await goVersion(page).selectOption({ label: 'Go 1.22–1.23 (bucket map)' });
  await run(page, seed, 8);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('region', { name: 'Maps' })).toBeVisible();
  await expect(swissView(page)).toHaveCount(0);
  await shoot(page.getByRole('region', { name: 'Maps' }), 'swiss-off-bucket-map');
  expect(errors).toEqual([]);
});

test('Go 1.24+: 900 inserts split the full 1024-slot table into two behind a directory of 2', async ({ page }) => {
  const src = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 900; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n';
  const errors = collectErrors(page);
  await openApp(page);
  await goVersion(page).selectOption('1.26');
  await setCode(page, src);
  await run(page, 1, 1);
  await page.evaluate(() => window.__gomaplabPlayer!.seek(window.__gomaplabPlayer!.length()));
  await page.getByRole('tab', { name: 'Map' }).click();
  const view = swissView(page);
  await expect(view.getByTestId('swiss-table')).toHaveCount(2);
  await expect(view.getByTestId('swiss-text')).toContainText('holds 900 entries in 2 tables; the directory has 2 entries (global depth 1)');
  await expect(view.getByTestId('swiss-text')).toContainText('split into');
  await shoot(view, 'swiss-split');
  expect(errors).toEqual([]);
});
