// Story: in manual mode the learner is the scheduler: they click "Run gN one step" buttons and drive
// two goroutines that write one map into Go's `fatal error: concurrent map writes`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceReader } from '../src/engine/trace/reader.ts';
import { collectErrors, openApp, selectGoVersion, setCode } from './support/app.ts';

const twoWriters = `package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	for w := 0; w < 2; w++ {
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				m[i] = w
			}
		}()
	}
	wg.Wait()
}
`;

test.use({ viewport: { width: 1280, height: 1000 } });

const screenshots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');
const manual = (page: Page) => page.getByRole('region', { name: 'You are the scheduler' });
const runsDone = (page: Page) => page.evaluate(() => window.__gomaplab!.runsDone());

/** Whether goroutine g is inside a map write window at the end of the trace. */
function insideWrite(reader: TraceReader, g: number): boolean {
  for (let i = reader.length - 1; i >= 0; i--) {
    if (reader.goroutineAt(i) !== g) continue;
    const k = reader.kindAt(i);
    if (k === 'map.write.ended') return false;
    if (k === 'map.write.began') return true;
  }
  return false;
}

/**
 * The learner's plan, worked out in Node with the worker's implementation: main until both writers
 * exist, then g2 until it has set hashWriting, then g3 into the same map.
 */
function plan(): number[] {
  const api = createEngineApi();
  const picks: number[] = [];
  for (let k = 0; k < 300; k++) {
    const schedule = picks.flatMap((g) => [g, 1]);
    const r = api.run(twoWriters, { seed: 1, procs: 2, policy: 'manual', maxSteps: 1e7, trace: true, schedule, goVersion: '1.23' }, k);
    if (!r.paused) {
      expect(r.stderr).toMatch(/^fatal error: concurrent map writes\n/);
      return picks;
    }
    const c = r.paused.candidates;
    const reader = new TraceReader(r.trace!);
    picks.push(!c.includes(3) ? (c.includes(1) ? 1 : c[0]) : insideWrite(reader, 2) ? 3 : c.includes(2) ? 2 : c[0]);
  }
  throw new Error('no crash within 300 choices');
}

test('two goroutines driven by hand into fatal error: concurrent map writes', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const picks = plan();
  await openApp(page);
  // The plan above steers the bucket map's write window (hashWriting): run as Go 1.23.
  await selectGoVersion(page, '1.23');
  await setCode(page, twoWriters);
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('2');
  await page.getByRole('combobox', { name: 'Scheduler' }).selectOption('manual');
  await expect(manual(page).getByRole('status')).toHaveText(/^Press Run/);
  let done = await runsDone(page);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, done);
  await expect(manual(page).getByRole('status')).toHaveText('0 choices so far. Who runs next?');
  for (const [k, g] of picks.entries()) {
    done = await runsDone(page);
    await manual(page).getByRole('button', { name: `Run g${g} one step` }).click();
    await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, done);
    if (k === 0) await expect(manual(page).getByRole('status')).toHaveText('1 choice so far. Who runs next?');
    // Halfway through the race, both writers are offered: the learner's choice decides who goes.
    if (picks[k + 1] === 3 && picks[k] === 2) {
      await expect(manual(page).getByRole('button', { name: 'Run g3 one step' })).toBeVisible();
      mkdirSync(screenshots, { recursive: true });
      await manual(page).screenshot({ path: join(screenshots, 'manual.png') });
    }
  }
  await expect(page.getByRole('region', { name: 'Console' })).toContainText('fatal error: concurrent map writes');
  await expect(manual(page).getByRole('status')).toHaveText(`The run ended after ${picks.length} choices.`);
  await expect(manual(page).getByRole('group', { name: 'Goroutines that can run' })).toHaveCount(0);
  // The player opens at the crash, and the narration says why.
  await expect(page.getByRole('region', { name: 'What happens' }).locator('.narration-text')).toContainText('fatal error: concurrent map writes');
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'manual-crash.png') });
  // Undo takes the last choice back: the run pauses again before the crash.
  done = await runsDone(page);
  await manual(page).getByRole('button', { name: 'Undo last choice' }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, done);
  await expect(manual(page).getByRole('status')).toHaveText(`${picks.length - 1} choices so far. Who runs next?`);
  expect(errors).toEqual([]);
});
