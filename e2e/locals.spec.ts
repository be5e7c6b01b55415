// Story: the learner opens a goroutine's row at the crash and asks for its local variables; the
// values are those the program holds at that step (a re-run in a worker), and they follow the cursor.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp, setCode } from './support/app.ts';

test.use({ viewport: { width: 1280, height: 1000 } });

const program = `package main

import "sync"

func main() {
	m := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				key := "k"
				m[key] = i + w
			}
		}()
	}
	mu.Lock()
	wg.Wait()
	mu.Unlock()
}
`;

const goroutinesView = (page: Page) => page.getByRole('region', { name: 'Goroutines' });

test('Show locals lists the crashing goroutine\'s variables at the crash; back at the start the goroutine is gone', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, program);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('1');
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('8');
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  await expect(page.locator('.console')).toContainText('fatal error: concurrent map writes');
  const stderr = (await page.locator('.console').textContent()) ?? '';
  const failing = Number(/goroutine (\d+) \[running\]/.exec(stderr)![1]);

  await goroutinesView(page).getByRole('button', { name: `g${failing} call stack` }).click();
  await goroutinesView(page).getByRole('button', { name: `Show the local variables of g${failing}` }).click();
  const frames = goroutinesView(page).getByRole('list', { name: `Frames of g${failing} with their variables, innermost first` });
  await expect(frames).toContainText('main.main.func1()', { timeout: 15_000 });
  // The closure sees the map, its own loop variable and the captured w.
  await expect(frames.locator('dt', { hasText: /^key string$/ })).toBeVisible();
  await expect(frames.locator('dt', { hasText: /^m map\[string\]int$/ })).toBeVisible();
  const iValue = async () => Number(await frames.locator('dt', { hasText: /^i int$/ }).locator('xpath=following-sibling::dd[1]').textContent());
  const atCrash = await iValue();
  expect(atCrash).toBeGreaterThanOrEqual(0);
  // Back to the start of the run: this goroutine does not exist yet, so nothing to list.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(goroutinesView(page).locator(`tbody[data-goroutine="${failing}"]`)).toHaveCount(0);
  expect(errors).toEqual([]);
});
