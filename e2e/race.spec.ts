// Story: a learner turns on the Race detector and runs the classic counter; the Console shows Go's
// data race report, `Found N data race(s)` and exit status 66; the report's lines are links to the
// editor and the Data races list moves the player to both accesses. The Mutex version runs clean.
import { expect, test, type Page } from '@playwright/test';
import { runSource } from '../src/engine/index.ts';
import { collectErrors, openApp, setCode } from './support/app.ts';
import { defaultGoVersion } from '../src/ui/store/settings-slice.ts';

const counter = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
`;
const counterMutex = counter.replace('\tcounter := 0\n', '\tvar mu sync.Mutex\n\tcounter := 0\n').replace('\t\t\tcounter++\n', '\t\t\tmu.Lock()\n\t\t\tcounter++\n\t\t\tmu.Unlock()\n');

const consolePanel = (page: Page) => page.getByRole('region', { name: 'Console' });
const raceSwitch = (page: Page) => page.getByRole('switch', { name: 'Race detector' });

async function run(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
}

test('with the Race detector on, counter++ from 100 goroutines is reported as Go reports it, and its lines open in the editor', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, counter);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('1');
  await expect(raceSwitch(page)).not.toBeChecked();
  await raceSwitch(page).check();
  await run(page);
  const stderr = consolePanel(page).locator('.console-stderr');
  await expect(stderr).toContainText(/^==================\nWARNING: DATA RACE\nRead by goroutine \d+:\n {2}main\.main\.func1\(\)\n {6}prog\.go:15\n\nPrevious write by goroutine \d+:\n {2}main\.main\.func1\(\)\n {6}prog\.go:15\n/);
  await expect(stderr).toContainText(/Goroutine \d+ \(running\) created at:\n {2}main\.main\(\)\n {6}prog\.go:13\n/);
  // The browser's run is the engine's run in Node, byte for byte. Like Go, the lab may meet a second
  // racing pair of counter++ (a write after a write) depending on the interleaving.
  const node = runSource(counter, { seed: 1, procs: 8, race: true, maxSteps: 10_000_000_000, goVersion: defaultGoVersion });
  expect(node.races).toBeGreaterThanOrEqual(1);
  await expect(stderr).toContainText(new RegExp(`Found ${node.races} data race\\(s\\)\\n$`));
  await expect(consolePanel(page).locator('.console-exit')).toHaveText('exit status 66\n');
  expect(await consolePanel(page).locator('.console-output').textContent()).toBe(`${node.stdout}${node.stderr}exit status 66\n`);
  // The racing line is a link: it moves the editor's cursor there.
  // By keyboard: with two reports the first link may sit under the Console's sticky header.
  await stderr.getByRole('button', { name: 'prog.go:15', exact: true }).first().focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.cursor().line)).toBe(15);
  // The Data races list moves the player to either access: the earlier write is at an earlier step.
  const races = page.getByRole('region', { name: 'Data races' });
  await expect(races.getByRole('listitem')).toHaveCount(node.races!);
  await expect(races.getByRole('listitem').first()).toContainText('line 15');
  const position = page.getByTestId('player-position');
  await races.getByRole('button', { name: /^Show the read \(step \d+\)$/ }).first().click();
  const readStep = Number(/Step ([\d,]+)/.exec((await position.textContent()) ?? '')![1].replace(/,/g, ''));
  await races.getByRole('button', { name: /^Show the earlier write \(step \d+\)$/ }).first().click();
  const writeStep = Number(/Step ([\d,]+)/.exec((await position.textContent()) ?? '')![1].replace(/,/g, ''));
  expect(writeStep).toBeLessThan(readStep);
  await page.screenshot({ path: test.info().outputPath('race-report.png') });
  expect(errors).toEqual([]);
});

test('the Mutex version runs clean with the Race detector on, and turning it off runs without it', async ({ page }) => {
  await openApp(page);
  await setCode(page, counterMutex);
  await raceSwitch(page).check();
  await run(page);
  await expect(consolePanel(page).locator('.console-output')).toHaveText('100\n');
  await setCode(page, counter);
  await raceSwitch(page).uncheck();
  await run(page);
  await expect(consolePanel(page).locator('.console-output')).toHaveText(/^\d+\n$/);
});
