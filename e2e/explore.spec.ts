// Story: the learner asks the explorer to find a failing schedule of the two-writer program; it
// finds one and the player opens at Go's fatal error. "Check my fix" on the Mutex version says
// exactly what it covered, and Cancel stops a long search at once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createExploreApi } from '../src/worker/explore-api.ts';
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

test('Find a failing schedule finds the crash the way Node does and opens it in the player', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, twoWriters);
  await explorer(page).getByRole('button', { name: 'Find a failing schedule' }).click();
  await expect(status(page)).toHaveText(/^Found a failing schedule: fatal error: concurrent map writes \(/, { timeout: 20_000 });
  // Determinism across hosts: the browser's search is the engine's search in Node, schedule for schedule.
  const node = createExploreApi().explore({ source: twoWriters, mode: 'find', seed: 1, procs: 8, maxSchedules: 20_000 }).result;
  expect(node.failure?.message).toBe('fatal error: concurrent map writes');
  await expect(status(page)).toContainText(`(${node.schedules.toLocaleString('en-US')} schedules in `);
  // The player replays the shrunk schedule and ends at Go's report.
  await expect(consoleStderr(page)).toContainText(/^fatal error: concurrent map writes\n/, { timeout: 20_000 });
  const consoleStatus = page.getByRole('region', { name: 'Console' }).getByRole('status');
  await expect(consoleStatus).toHaveText(/^Exited with status 2 after [\d,]+ steps in .* \(seed 1, GOMAXPROCS 8, manual\)\.$/);
  // The player opens at the end of the run: the crash.
  await expect(page.getByText(/^Step \d+ · (\d+)\/\1$/)).toBeVisible();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'explore-found.png') });
  expect(errors).toEqual([]);
});

test('Check my fix says how many schedules were covered with no failure', async ({ page }) => {
  await openApp(page);
  await setCode(page, withMutex);
  await explorer(page).getByRole('button', { name: 'Check my fix' }).click();
  const node = createExploreApi().explore({ source: withMutex, mode: 'check', seed: 1, procs: 8, maxSchedules: 100_000 }).result;
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
