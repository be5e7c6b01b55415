// Story: a learner presses Run; the program runs in a worker and the Console shows what `go run` prints.
import { expect, test, type Page } from '@playwright/test';
import { runSource } from '../src/engine/index.ts';
import { collectErrors, getCode, openApp, problemLines, setCode } from './support/app.ts';
import { defaultGoVersion } from '../src/ui/store/settings-slice.ts';

const hello = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, world")\n}\n';
const endless = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';

const consolePanel = (page: Page) => page.getByRole('region', { name: 'Console' });
const consoleOutput = (page: Page) => consolePanel(page).locator('.console-output');
const runButton = (page: Page) => page.getByRole('button', { name: 'Run', exact: true });
const stopButton = (page: Page) => page.getByRole('button', { name: 'Stop', exact: true });

/** Sets seed and GOMAXPROCS through the labelled controls, as a learner would. */
async function chooseSettings(page: Page, seed: number, procs: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
}

/** Clicks Run and waits until that run has ended (any way). */
async function run(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await runButton(page).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
}

test('hello world prints in the Console, with no exit status line', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await expect(consolePanel(page).getByRole('status')).toHaveText('Press Run to run the program.');
  await setCode(page, hello);
  await run(page);
  await expect(consoleOutput(page)).toHaveText('hello, world\n');
  await expect(consolePanel(page).locator('.console-stdout')).toHaveText('hello, world\n');
  await expect(consolePanel(page).getByRole('status')).toHaveText(/^Finished after [\d,]+ steps in .* ms \(seed 1, GOMAXPROCS 8, random\)\.$/);
  expect(errors).toEqual([]);
});

test('the unprotected map program crashes with Go\'s message and exit status 2 (seed 1, GOMAXPROCS 8); a location in the dump moves the cursor', async ({ page }) => {
  await openApp(page);
  const code = await getCode(page);
  expect(code).toContain('counts[word]++'); // the first-visit sample
  await chooseSettings(page, 1, 8);
  await run(page);
  const stderr = consolePanel(page).locator('.console-stderr');
  // Today's Go (the default): the failing stack starts with the Swiss map's fatal frame.
  await expect(stderr).toContainText(/^fatal error: concurrent map writes\n\ngoroutine \d+ \[running\]:\ninternal\/runtime\/maps\.fatal\(\.\.\.\)\n\truntime\/panic\.go:\d+\nmain\.main\.func1\(\.\.\.\)\n\tprog\.go:\d+\n/);
  await expect(stderr).toContainText('created by main.main in goroutine 1');
  await expect(consolePanel(page).locator('.console-exit')).toHaveText('exit status 2\n');
  await expect(consoleOutput(page)).toHaveText(/exit status 2\n$/);
  // Determinism across hosts: the browser's run is byte for byte the engine's run in Node.
  const node = runSource(code, { seed: 1, procs: 8, policy: 'random', maxSteps: 10_000_000_000, goVersion: defaultGoVersion });
  expect(await consoleOutput(page).textContent()).toBe(`${node.stdout}${node.stderr}exit status ${node.exitCode}\n`);
  // The crashing write is the sample's `counts[word]++` line; its location in the dump is a button.
  const writeLine = code.split('\n').findIndex((l) => l.includes('counts[word]++')) + 1;
  const location = stderr.getByRole('button', { name: `prog.go:${writeLine}`, exact: true }).first();
  await location.click();
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.cursor().line)).toBe(writeLine);
  await expect(page.locator('.monaco-editor.focused')).toBeVisible();
  // A review artefact (not a pixel assertion): the crash as the learner sees it.
  await page.screenshot({ path: test.info().outputPath('console-crash.png') });
});

test('with GOMAXPROCS 1 the same program finishes and prints the counts', async ({ page }) => {
  await openApp(page);
  await chooseSettings(page, 1, 1);
  await run(page);
  await expect(consoleOutput(page)).toHaveText(/^map\[chan:\d+ go:\d+ lock:\d+ map:\d+\]\n$/);
  await expect(consolePanel(page).locator('.console-stderr')).toHaveCount(0);
  await expect(consolePanel(page).locator('.console-exit')).toHaveCount(0);
  await expect(consolePanel(page).getByRole('status')).toHaveText(/GOMAXPROCS 1/);
});

test('compile errors print as go run prints them', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n\tnope()\n}\n');
  await run(page);
  await expect(consoleOutput(page)).toHaveText('# command-line-arguments\n./prog.go:4:2: undefined: nope\n');
  await consolePanel(page).getByRole('button', { name: './prog.go:4:2' }).click();
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.cursor().line)).toBe(4);
});

test('an endless loop can be stopped; the page stays responsive and the next run works', async ({ page }) => {
  await openApp(page);
  await expect(stopButton(page)).toHaveCount(0); // only while running
  await setCode(page, endless);
  await runButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  await expect(consolePanel(page).getByRole('status')).toHaveText(/^Running/);
  // While it runs, the page answers and the checker (a separate worker) keeps checking.
  await setCode(page, 'package main\n\nfunc main() {\n\tfor {\n\t}\n\tundefinedName()\n}\n');
  await expect.poll(() => problemLines(page)).toEqual([expect.stringContaining('prog.go:6:2: undefined: undefinedName')]);
  await page.getByRole('button', { name: 'Larger editor text' }).click();
  expect(await page.evaluate(() => window.__gomaplab!.runStatus())).toBe('running');
  const started = Date.now();
  await stopButton(page).click();
  await expect(consolePanel(page).getByRole('status')).toHaveText(/^Stopped after \d+\.\d s\.$/);
  expect(Date.now() - started).toBeLessThan(2000);
  await expect(stopButton(page)).toHaveCount(0);
  await expect(consoleOutput(page)).toContainText('lost with the worker');
  // The next run gets a fresh worker.
  await setCode(page, hello);
  await run(page);
  await expect(consoleOutput(page)).toHaveText('hello, world\n');
});

test('a long run shows its output as it prints, and keeps it after Stop', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("started")\n\tfor i := 0; ; i++ {\n\t\tif i%50_000_000 == 0 {\n\t\t\tfmt.Println("tick", i)\n\t\t}\n\t}\n}\n');
  await runButton(page).click();
  // Printed while the run goes on, not only at its end.
  await expect(consoleOutput(page)).toContainText('started', { timeout: 10_000 });
  await expect(consoleOutput(page)).toContainText('tick 0');
  await stopButton(page).click();
  await expect(consolePanel(page).getByRole('status')).toHaveText(/^Stopped after/);
  await expect(consoleOutput(page)).toContainText('started\ntick 0');
  await expect(consoleOutput(page)).toContainText('lost with the worker');
});

test('Run while a program is running replaces it with the new run', async ({ page }) => {
  await openApp(page);
  await setCode(page, endless);
  await runButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  await setCode(page, hello);
  await run(page);
  await expect(consoleOutput(page)).toHaveText('hello, world\n');
  await expect(stopButton(page)).toHaveCount(0);
});

test('Ctrl+Enter runs the program, from the editor and from elsewhere on the page', async ({ page }) => {
  await openApp(page);
  await setCode(page, hello);
  await page.locator('.monaco-editor .view-lines').click();
  let before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before);
  await expect(consoleOutput(page)).toHaveText('hello, world\n');
  // The editor did not take the key as its own (Monaco's default inserts a line).
  expect(await getCode(page)).toBe(hello);
  await setCode(page, hello.replace('hello, world', 'again'));
  await page.getByRole('heading', { name: 'Console' }).click();
  before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before);
  await expect(consoleOutput(page)).toHaveText('again\n');
  await expect(runButton(page)).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
});

test('a new seed gives a new run setting that survives a reload; the scheduler can be chosen', async ({ page }) => {
  await openApp(page);
  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await expect(seed).toHaveValue('1');
  await page.getByRole('button', { name: 'New seed' }).click();
  await expect(seed).not.toHaveValue('1');
  const chosen = await seed.inputValue();
  await page.getByRole('combobox', { name: 'Scheduler' }).selectOption('round-robin');
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('3');
  await page.reload();
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(chosen);
  await expect(page.getByRole('combobox', { name: 'Scheduler' })).toHaveValue('round-robin');
  await expect(page.getByRole('combobox', { name: 'GOMAXPROCS' })).toHaveValue('3');
  await setCode(page, hello);
  await run(page);
  await expect(consolePanel(page).getByRole('status')).toHaveText(new RegExp(`\\(seed ${chosen}, GOMAXPROCS 3, round-robin\\)\\.$`));
});

test('every new control has an accessible name', async ({ page }) => {
  await openApp(page);
  await setCode(page, endless);
  await runButton(page).click();
  const named = [
    runButton(page),
    stopButton(page),
    page.getByRole('spinbutton', { name: 'Seed' }),
    page.getByRole('button', { name: 'New seed' }),
    page.getByRole('combobox', { name: 'GOMAXPROCS' }),
    page.getByRole('combobox', { name: 'Scheduler' }),
    consolePanel(page),
    page.getByRole('group', { name: 'Run settings' }),
  ];
  for (const control of named) await expect(control).toBeVisible();
  for (const control of await page.getByRole('group', { name: 'Run settings' }).locator('button, input, select').all()) {
    await expect(control).toHaveAccessibleName(/\S/);
  }
  await stopButton(page).click();
  await expect(stopButton(page)).toHaveCount(0);
});
