// Story: after a run the page is a player for it. The crash sample opens at the crash; Step, Back,
// the slider and Play move through the run, the editor marks each goroutine's line, the Console
// shows the output up to the cursor; an endless loop is stopped and the page stays responsive.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, openApp, setCode } from './support/app.ts';

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');
mkdirSync(shots, { recursive: true });

const endless = 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n';
const counting = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 4; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n';

const consolePanel = (page: Page) => page.getByRole('region', { name: 'Console' });
const player = (page: Page) => page.getByRole('group', { name: 'Player' });
const button = (page: Page, name: string) => player(page).getByRole('button', { name, exact: true });
const positionText = (page: Page) => page.getByTestId('player-position');
const linesText = (page: Page) => page.getByTestId('goroutine-lines-text');

/** The player's position as [step, event, events]. */
async function position(page: Page): Promise<[number, number, number]> {
  const t = (await positionText(page).textContent()) ?? '';
  const m = /Step ([\d,]+) · ([\d,]+)\/([\d,]+)/.exec(t);
  if (!m) throw new Error(`no position in ${JSON.stringify(t)}`);
  return [m[1], m[2], m[3]].map((x) => Number(x.replace(/,/g, ''))) as [number, number, number];
}

async function run(page: Page, seed = 1, procs = 8): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  await expect(positionText(page)).toHaveText(/^Step /);
}

/** Goroutine names in the editor's gutter marks, e.g. ['g2', 'g4']. */
async function gutterNames(page: Page): Promise<string[]> {
  return page.locator('.monaco-editor .gml-gutter').evaluateAll((els) =>
    els.flatMap((el) => `${getComputedStyle(el, '::before').content} ${getComputedStyle(el, '::after').content}`.replace(/["']/g, '').split(/\s+/).filter((w) => /^g\d+$/.test(w))),
  );
}

async function shot(target: Page | Locator, name: string): Promise<void> {
  await target.screenshot({ path: join(shots, `${name}.png`) });
}

test('the crash sample opens at the crash: Go\'s message in the Console and both colliding goroutines marked in the editor', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await run(page, 1, 8);
  const report = consolePanel(page).locator('.console-report');
  await expect(report).toContainText(/^fatal error: concurrent map writes/);
  // The failing goroutine is the one the dump shows first as [running]; the other writer runs "on other thread".
  const dump = (await report.textContent()) ?? '';
  const running = [...dump.matchAll(/goroutine (\d+) \[running\]/g)].map((m) => `g${m[1]}`);
  expect(running.length).toBeGreaterThanOrEqual(2);
  // The editor keeps the failing goroutine's line in view, marked with its name; every goroutine's line is in the text form.
  await expect.poll(() => gutterNames(page)).toContain(running[0]);
  for (const g of running) await expect(linesText(page)).toContainText(new RegExp(`\\b${g}\\b`));
  const [, at, total] = await position(page);
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThanOrEqual(total);
  await shot(page, 'player');
  await shot(page.locator('.editor'), 'editor');
  await shot(consolePanel(page), 'console');
  expect(errors).toEqual([]);
});

test('Step and Back move the cursor by statements and the marked lines follow; F10 and Shift+F10 do the same', async ({ page }) => {
  await openApp(page);
  await run(page, 1, 8);
  await button(page, 'Reset').click();
  expect((await position(page))[1]).toBe(0);
  await expect(button(page, 'Back')).toBeDisabled();
  await expect(consolePanel(page).locator('.console-note')).toHaveText('Nothing printed yet at this step.');
  const seen: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < 6; i++) {
    await button(page, 'Step').click();
    at.push((await position(page))[1]);
    seen.push((await linesText(page).textContent()) ?? '');
  }
  for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1]);
  // main (g1) walks its first statements: the marked line changes as it does.
  expect(new Set(seen).size).toBeGreaterThan(3);
  expect(seen[0]).toMatch(/line \d+: g1/);
  await button(page, 'Back').click();
  expect((await position(page))[1]).toBe(at[4]);
  await expect(linesText(page)).toHaveText(`Goroutines in the program: ${seen[4].replace(/^Goroutines in the program: /, '')}`);
  // The keyboard: focus outside the editor, then F10 and Shift+F10.
  await positionText(page).click();
  await page.keyboard.press('F10');
  expect((await position(page))[1]).toBe(at[5]);
  await page.keyboard.press('Shift+F10');
  expect((await position(page))[1]).toBe(at[4]);
  await shot(player(page), 'controls');
});

test('the slider seeks anywhere, and the Console shows the output printed up to there', async ({ page }) => {
  await openApp(page);
  await setCode(page, counting);
  await run(page, 1, 8);
  const [, end, total] = await position(page);
  expect(end).toBe(total);
  await expect(consolePanel(page).locator('.console-stdout')).toHaveText('line 0\nline 1\nline 2\nline 3\n');
  const slider = player(page).getByRole('slider', { name: 'Position' });
  await slider.fill('0');
  expect((await position(page))[1]).toBe(0);
  await expect(consolePanel(page).locator('.console-stdout')).toHaveCount(0);
  // Halfway, some lines are printed and some are not yet.
  await slider.fill(String(Math.floor(total / 2)));
  expect((await position(page))[1]).toBe(Math.floor(total / 2));
  const half = (await consolePanel(page).locator('.console-stdout').textContent()) ?? '';
  expect(half.length).toBeGreaterThan(0);
  expect('line 0\nline 1\nline 2\nline 3\n'.startsWith(half)).toBe(true);
  expect(half).not.toBe('line 0\nline 1\nline 2\nline 3\n');
  await expect(consolePanel(page).locator('.console-cursor-note')).toBeVisible();
});

test('Play runs through the run and Pause stops it; Space toggles outside the editor', async ({ page }) => {
  await openApp(page);
  await run(page, 1, 8);
  await button(page, 'Reset').click();
  // 10 statements a second: the sample's ~40 statements take seconds, time enough to pause midway.
  await player(page).getByRole('combobox', { name: 'Speed' }).selectOption('10');
  await button(page, 'Play').click();
  await expect.poll(async () => (await position(page))[1], { timeout: 5_000 }).toBeGreaterThan(10);
  await button(page, 'Pause').click();
  await expect(button(page, 'Play')).toBeVisible();
  const paused = (await position(page))[1];
  expect(paused).toBeLessThan((await position(page))[2]);
  await page.waitForTimeout(300);
  expect((await position(page))[1]).toBe(paused);
  // Space on the page (not in the editor or a control) plays and pauses too.
  await page.locator('.player-bar').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Space');
  await expect(button(page, 'Pause')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
  // In the editor Space types a space and does not play.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Space');
  await expect(button(page, 'Play')).toBeVisible();
});

test('an endless loop is stopped with Stop and the page stays responsive meanwhile', async ({ page }) => {
  await openApp(page);
  await setCode(page, endless);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.runStatus())).toBe('running');
  // The UI thread is free: an evaluation round trip and a control both answer quickly while the worker loops.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(Date.now() - t0).toBeLessThan(1_000);
  await page.getByRole('combobox', { name: 'Granularity' }).selectOption('phase');
  await expect(page.getByRole('combobox', { name: 'Granularity' })).toHaveValue('phase');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.runStatus())).toBe('stopped');
  await expect(button(page, 'Step')).toBeDisabled();
  await expect(positionText(page)).toHaveText('—');
});

test('editing the program after a run removes the line marks and says why', async ({ page }) => {
  await openApp(page);
  await run(page, 1, 8);
  expect((await gutterNames(page)).length).toBeGreaterThan(0);
  const code = await page.evaluate(() => window.__gomaplab!.getCode());
  await setCode(page, `// edited\n${code}`);
  await expect(player(page).getByRole('note')).toContainText('The program has changed since this run');
  await expect(page.locator('.monaco-editor .gml-gutter')).toHaveCount(0);
  // Undoing the edit brings them back: the marks follow the text the run was made from.
  await setCode(page, code);
  await expect.poll(async () => (await gutterNames(page)).length).toBeGreaterThan(0);
});
