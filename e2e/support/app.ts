// Page helpers for the browser tests: open the app fresh, wait for the editor, drive it through the test hook.
import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught page errors, for "loads without errors" assertions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Opens the app with empty storage (unless `keepStorage`) and waits until Monaco is showing. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true);
}

/** Runs the editor's program with this seed and GOMAXPROCS, and waits until the player holds its trace. */
export async function runForPlayer(page: Page, seed: number, procs: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 30_000 });
  await page.waitForFunction(() => (window.__gomaplabPlayer?.length() ?? 0) > 0);
}

/** Picks the Go version the runs model, by the option's value (1.21, 1.23 or 1.26). */
export async function selectGoVersion(page: Page, version: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Go version' }).selectOption(version);
}

export async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => window.__gomaplab!.setCode(text), code);
}

export async function getCode(page: Page): Promise<string> {
  return page.evaluate(() => window.__gomaplab!.getCode());
}

export function problemsPanel(page: Page) {
  return page.getByRole('region', { name: /Problems/ });
}

/** The Problems entries' text without their hints, e.g. `error prog.go:5:2: undefined: wg`. */
export async function problemLines(page: Page): Promise<string[]> {
  return (await problemsPanel(page).getByRole('listitem').getByRole('button').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The teaching hints shown under Problems entries. */
export async function problemHints(page: Page): Promise<string[]> {
  return problemsPanel(page).locator('.problem-hint').allTextContents();
}

export async function expectNoProblems(page: Page): Promise<void> {
  await expect(problemsPanel(page).getByRole('heading')).toHaveText('Problems (0)');
  await expect(problemsPanel(page).getByText(/^No problems:/)).toBeVisible();
}

/** Monaco's rendered text, one entry per visible line (spaces normalised). */
export async function editorLines(page: Page): Promise<string[]> {
  // Monaco renders spaces as no-break spaces.
  return (await page.locator('.monaco-editor .view-lines .view-line').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
}
