// Story: the learner opens the Map view and watches the runtime's hash map: buckets fill and grow,
// old buckets evacuate one by one as nevacuate advances, and in the crash sample, stepping back
// from the fatal error turns the hashWriting flag dark again.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { sampleProgram } from '../src/ui/app/sample-program.ts';
import { collectErrors, openApp, selectGoVersion, setCode, runForPlayer } from './support/app.ts';

// A tall window gives the views pane room for the bucket lists (the screenshots are for review).
test.use({ viewport: { width: 1440, height: 1400 } });

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await target.screenshot({ path: join(shots, `${view}.png`) });
}

const run = runForPlayer;

/** The same run in Node: where its events are, so the browser can be sent there and checked. */
function nodeCursor(source: string, seed: number, procs: number): TraceCursor {
  const reply = createEngineApi().run(source, { seed, procs, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: '1.23' }, 1);
  return new TraceCursor(reply.trace!);
}

/** Median time of a Back or Step (alternating) until the next animation frame, in the page. */
async function stepTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const p = window.__gomaplabPlayer!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      p.stepBy(i % 2 === 0 ? -1 : 1);
      await frame();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[5];
  });
}

async function seek(page: Page, position: number): Promise<void> {
  await page.evaluate((p) => window.__gomaplabPlayer!.seek(p), position);
  await page.waitForFunction((p) => window.__gomaplabPlayer!.position() === p, position);
}

const mapView = (page: Page) => page.getByRole('region', { name: 'Maps' });
const field = (page: Page, name: string) => mapView(page).locator(`dd[data-field="${name}"]`);
const hashWriting = (page: Page) => mapView(page).locator('.map-flag[data-flag="hashWriting"]');
const oldColumn = (page: Page) => mapView(page).locator('.bucket-column[data-array="old"]');
const evacuated = (page: Page) => mapView(page).locator('.map-evacuated');

// 60 inserts: the 53rd grows the map from 8 buckets to 16, and the writes after it evacuate the 8 old ones.
const growth = `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < 60; i++ {
		m[i] = i * i
	}
	fmt.Println(len(m))
}
`;

test('stepping through a growth: old and new arrays side by side, buckets evacuate as nevacuate advances', async ({ page }) => {
  const errors = collectErrors(page);
  const node = nodeCursor(growth, 1, 1);
  const r = node.reader;
  const grew = [...r.range()].findIndex((e) => e.kind === 'map.grew' && e.BAfter === 4);
  expect(grew).toBeGreaterThan(0);
  const evacs = [...r.range(grew)].filter((e) => e.kind === 'map.bucket.evacuated');
  expect(evacs.length).toBeGreaterThan(2);
  await openApp(page);
  // This view is the bucket map's (Go 1.19–1.23); the app's default is the Swiss table.
  await selectGoVersion(page, '1.23');
  await setCode(page, growth);
  await run(page, 1, 1);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(mapView(page).getByRole('tab', { name: /^m1/ })).toHaveAttribute('aria-selected', 'true');
  // At the end: 60 entries in 16 buckets, no grow in progress.
  await expect(field(page, 'count')).toHaveText('60');
  await expect(field(page, 'B')).toHaveText('4 (16 buckets)');
  await expect(oldColumn(page)).toHaveCount(0);
  await shoot(mapView(page), 'map-normal');
  // The text form: every entry with its value and where it lives.
  await mapView(page).getByText('Entries as a table (60)').click();
  const table = mapView(page).getByRole('table', { name: 'Entries of m1 and where each lives' });
  await expect(table.locator('tbody tr')).toHaveCount(60);
  await expect(table.locator('tbody tr').filter({ hasText: /^49\s*2401/ })).toHaveCount(1);
  await mapView(page).getByText('Entries as a table (60)').click();

  // Just after the grow: both arrays, nothing evacuated yet, nevacuate at 0.
  await seek(page, grew + 1);
  await expect(oldColumn(page)).toBeVisible();
  await expect(field(page, 'nevacuate')).toHaveText('0 of 8');
  await expect(evacuated(page)).toHaveAttribute('data-evacuated', '0');
  await expect(oldColumn(page).locator('.bucket-row[data-evacuated="true"]')).toHaveCount(0);
  await expect(oldColumn(page).locator('.nevacuate-pointer')).toHaveCount(1);

  // Each evacuation marks more old buckets as moved; nevacuate never goes back.
  let lastDone = 0;
  let lastNevacuate = 0;
  for (const e of evacs) {
    if (e.kind !== 'map.bucket.evacuated') continue;
    await seek(page, e.index + 1);
    if (e.growFinished) {
      await expect(oldColumn(page)).toHaveCount(0);
      await expect(field(page, 'nevacuate')).toHaveCount(0);
      break;
    }
    await expect(field(page, 'nevacuate')).toHaveText(`${e.nevacuateAfter} of 8`);
    // The old array shrinks: more old buckets evacuated after every evacuation event.
    const done = Number(await evacuated(page).getAttribute('data-evacuated'));
    expect(done).toBeGreaterThan(lastDone);
    await expect(evacuated(page)).toHaveText(`${done} evacuated, ${8 - done} to go`);
    expect(e.nevacuateAfter).toBeGreaterThanOrEqual(lastNevacuate);
    lastDone = done;
    lastNevacuate = e.nevacuateAfter;
    // The moves of this evacuation are listed with their X/Y halves and drawn at their destinations.
    if (e.oldbucket < 2) await expect(oldColumn(page).locator(`.bucket-row[data-bucket-index="${e.oldbucket}"]`)).toHaveAttribute('data-evacuated', 'true');
    const moved = e.moves.filter((mv) => mv.toBucket >= 0);
    if (moved.length > 0) {
      await expect(mapView(page).locator('.evacuation-move')).toHaveCount(moved.length);
      await expect(mapView(page).locator('.bucket-column[data-array="new"] .slot-arrived')).not.toHaveCount(0);
    }
    if (done === 2) {
      await shoot(mapView(page), 'map-growing');
      await shoot(page, 'map-growing-page');
    }
  }
  expect(lastDone).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('the crash sample: at the crash hashWriting is lit in the writer\'s colour; stepping back turns it dark', async ({ page }) => {
  // A seed (GOMAXPROCS 8) whose crash leaves hashWriting set, and the number of Back presses
  // (statement granularity, the player's default) after which it is clear: found in Node.
  let seed = 0;
  let backs = -1;
  while (backs < 0 && seed < 40) {
    const c = nodeCursor(sampleProgram, ++seed, 8);
    const crash = crashPosition(c.reader);
    if (crash < 0) continue;
    c.seek(crash);
    const writing = () => [...c.state.maps.maps.values()].some((m) => (m.flags & 4) !== 0);
    if (!writing()) continue;
    for (let n = 1; n < 200 && c.position > 0; n++) {
      c.stepBack('statement');
      if (!writing()) {
        backs = n;
        break;
      }
    }
  }
  expect(backs).toBeGreaterThan(0);
  const errors = collectErrors(page);
  await openApp(page);
  // This view is the bucket map's (Go 1.19–1.23); the app's default is the Swiss table.
  await selectGoVersion(page, '1.23');
  await run(page, seed, 8);
  await page.getByRole('tab', { name: 'Map' }).click();
  const flag = hashWriting(page);
  await expect(flag).toHaveAttribute('data-set', 'true');
  await expect(flag).toHaveText(/^hashWriting \(g\d+\)/);
  await shoot(mapView(page), 'map-crash');
  const back = page.getByRole('group', { name: 'Player' }).getByRole('button', { name: 'Back', exact: true });
  for (let n = 1; n < backs; n++) {
    await back.click();
    await expect(flag).toHaveAttribute('data-set', 'true');
  }
  await back.click();
  await expect(flag).toHaveAttribute('data-set', 'false');
  await expect(mapView(page).locator('.map-summary')).not.toContainText('hashWriting set by');
  expect(errors).toEqual([]);
});

test('a map of thousands of buckets opens as a density view that opens into detail, and steps stay fast', async ({ page }) => {
  const big = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 20000; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n';
  const errors = collectErrors(page);
  await openApp(page);
  // This view is the bucket map's (Go 1.19–1.23); the app's default is the Swiss table.
  await selectGoVersion(page, '1.23');
  await setCode(page, big);
  await run(page, 1, 1);
  const without = await stepTime(page);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(field(page, 'B')).toHaveText('12 (4096 buckets)');
  const density = mapView(page).locator('figure.density');
  await expect(density).toBeVisible();
  await expect(density.locator('figcaption')).toContainText('4,096 buckets');
  await shoot(mapView(page), 'map-density');
  // Stepping back and forth at the end of a 20,000-insert run: each move re-renders the view.
  const timing = await stepTime(page);
  console.log(`median step + next frame at the end of a 20,000-insert run: ${without.toFixed(1)} ms on the first view tab, ${timing.toFixed(1)} ms with the Map view (density of 4,096 buckets)`);
  // Clicking a cell opens that bucket in the detailed, virtualised list.
  await density.locator('canvas').click({ position: { x: 3, y: 3 } });
  const rows = mapView(page).locator('.bucket-column[data-array="new"] .bucket-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(40);
  await expect(mapView(page).getByRole('button', { name: 'Buckets' })).toHaveAttribute('aria-pressed', 'true');
  await shoot(mapView(page), 'map-large-detail');
  expect(errors).toEqual([]);
});
