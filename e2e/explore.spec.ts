// Story: the learner asks the explorer to find a failing schedule of the two-writer program; it
// finds one and the player replays it, opening at Go's fatal error with ordinary Step and Back
// (the scheduler is not switched to manual; a note says a replay is playing). "Check my fix" on
// the Mutex version says exactly what it covered, a program that never ends says why nothing was
// learned, and Cancel stops a long search at once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createExploreApi } from '../src/worker/explore-api.ts';
import { runSource } from '../src/engine/run-source.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { collectErrors, openApp, setCode } from './support/app.ts';

const twoWriters = `package main

func main() {
	m := map[int]int{}
	done := make(chan bool)
	for w := 0; w < 2; w++ {
		go func() {
			for i := 0; i < 3; i++ {
				m[i] = w
			}
			done <- true
		}()
	}
	<-done
	<-done
}
`;

const withMutex = `package main

import "sync"

func main() {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				m[i] = w
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
`;

// Long enough that its check runs for many seconds (each schedule is thousands of steps).
const longFix = withMutex.replace('i < 3', 'i < 400');

const screenshots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');
const explorer = (page: Page) => page.getByRole('region', { name: 'Schedule explorer' });
const status = (page: Page) => explorer(page).getByRole('status');
const consoleStderr = (page: Page) => page.getByRole('region', { name: 'Console' }).locator('.console-stderr');
const playerHook = (page: Page) => page.evaluate(() => ({ position: window.__gomaplabPlayer!.position(), length: window.__gomaplabPlayer!.length() }));
/** The Go version the app runs by default; the explorer searches the same one. */
const appGoVersion = '1.26';

test('Find a failing schedule finds the crash the way Node does and opens it in the player', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, twoWriters);
  await explorer(page).getByRole('button', { name: 'Find a failing schedule' }).click();
  await expect(status(page)).toHaveText(/^Found a failing schedule: fatal error: concurrent map writes \(/, { timeout: 20_000 });
  // Determinism across hosts: the browser's search is the engine's search in Node, schedule for schedule.
  const node = createExploreApi().explore({ source: twoWriters, mode: 'find', seed: 1, procs: 8, goVersion: appGoVersion, maxSchedules: 20_000 }).result;
  expect(node.failure?.message).toBe('fatal error: concurrent map writes');
  await expect(status(page)).toContainText(`(${node.schedules.toLocaleString('en-US')} schedules in `);
  // The player replays the shrunk schedule and shows Go's report.
  await expect(consoleStderr(page)).toContainText(/^fatal error: concurrent map writes\n/, { timeout: 20_000 });
  const consoleStatus = page.getByRole('region', { name: 'Console' }).getByRole('status');
  await expect(consoleStatus).toHaveText(/^Exited with status 2 after [\d,]+ steps in .* \(seed 1, GOMAXPROCS 8, random\)\.$/);
  // The scheduler was not switched to manual: the select says what it said, and a note says a replay is playing.
  const scheduler = page.getByRole('combobox', { name: 'Scheduler' });
  await expect(scheduler).toHaveValue('random');
  await expect(page.getByRole('region', { name: 'You are the scheduler' })).toHaveCount(0);
  const decisions = (node.failure!.schedule.length / 2).toLocaleString('en-US');
  const note = page.getByRole('group', { name: 'Run settings' }).getByRole('status');
  await expect(note).toHaveText(`Replayed the explorer's failing schedule (${decisions} decisions), then random (seeded).Run without it`);
  // The player opens at the crash: where the same replay in Node opens.
  const replayed = runSource(twoWriters, { seed: 1, procs: 8, goVersion: appGoVersion, policy: 'replay', schedule: node.failure!.schedule, trace: true });
  const reader = new TraceCursor(replayed.trace!).reader;
  const crash = crashPosition(reader);
  expect(crash).toBeGreaterThan(0);
  await expect.poll(() => playerHook(page)).toEqual({ position: crash, length: reader.length });
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'explore-found.png') });
  // Ordinary Back and Step move through the replayed run.
  const player = page.getByRole('group', { name: 'Player' });
  await player.getByRole('button', { name: 'Back', exact: true }).click();
  await expect.poll(async () => (await playerHook(page)).position).toBeLessThan(crash);
  await player.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => (await playerHook(page)).position).toBe(crash);
  // Manual mode stays one choice away, and goes on from the same run.
  await scheduler.selectOption('manual');
  await page.getByRole('region', { name: 'You are the scheduler' }).getByRole('button', { name: 'Start manual run' }).click();
  await expect(consoleStatus).toHaveText(/^Exited with status 2 after [\d,]+ steps in .* \(seed 1, GOMAXPROCS 8, manual\)\.$/, { timeout: 20_000 });
  await expect(consoleStderr(page)).toContainText(/^fatal error: concurrent map writes\n/);
  await expect(note).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a program that never ends: the search stops early and says why instead of spending its budget', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n');
  await explorer(page).getByRole('button', { name: 'Find a failing schedule' }).click();
  await expect(status(page)).toHaveText(
    /^Every schedule run \(200\) went past the 20,000-step budget of one schedule before the program ended, so the search stopped there and proves nothing: the program may loop forever, or is too long to explore; shorten it \(fewer iterations\) or raise the step budget \(200 schedules in [\d.]+ s\)\. Here each schedule gets 20,000 steps to find and 1,000,000 to check; the command line \(gomaplab explore --max-steps\) allows more\.$/,
    { timeout: 30_000 },
  );
  await expect(explorer(page).getByRole('button', { name: 'Open the failing schedule in the player' })).toHaveCount(0);
  await page.screenshot({ path: join(screenshots, 'explore-all-cut.png') });
});

test('Check my fix says how many schedules were covered with no failure', async ({ page }) => {
  await openApp(page);
  await setCode(page, withMutex);
  await explorer(page).getByRole('button', { name: 'Check my fix' }).click();
  const node = createExploreApi().explore({ source: withMutex, mode: 'check', seed: 1, procs: 8, goVersion: appGoVersion, maxSchedules: 100_000 }).result;
  expect(node.status).toBe('passed');
  await expect(status(page)).toHaveText(new RegExp(`^No failure in all ${node.schedules.toLocaleString('en-US')} schedules with ≤ 2 preemptions \\(`), { timeout: 30_000 });
  await page.screenshot({ path: join(screenshots, 'explore-checked.png') });
});

test('a long check shows schedules explored and their rate, and Cancel stops it at once', async ({ page }) => {
  await openApp(page);
  await setCode(page, longFix);
  await explorer(page).getByRole('button', { name: 'Check my fix' }).click();
  await expect(explorer(page).getByRole('progressbar', { name: 'Schedules explored' })).toBeVisible();
  await expect(status(page)).toHaveText(/^[\d,]+ schedules explored · [\d,]+ per second · now: /, { timeout: 15_000 });
  await page.screenshot({ path: join(screenshots, 'explore-progress.png') });
  const cancelled = Date.now();
  await explorer(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveText(/^Cancelled\. [\d,]+ schedules explored · [\d,]+ per second; nothing is claimed about the rest\.$/);
  expect(Date.now() - cancelled).toBeLessThan(2000);
  await expect(explorer(page).getByRole('button', { name: 'Check my fix' })).toBeEnabled();
  await expect(explorer(page).getByRole('button', { name: 'Cancel' })).toHaveCount(0);
});
