// Story: a teacher shares the scenario on screen; a student opens the link on another machine and
// lands on the same program and settings; damaged links and the student's own edits are handled.
import { expect, test, type Page } from '@playwright/test';
import { decodeFragment } from '../src/ui/share/codec.ts';
import type { Scenario } from '../src/ui/share/scenario.ts';
import { collectErrors, getCode, openApp, setCode } from './support/app.ts';

const program = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[string]int{"a": 1}\n\tfmt.Println("shared", m["a"])\n}\n';
const shareButton = (page: Page) => page.getByRole('button', { name: 'Share', exact: true });
// Monaco keeps its own (empty) alert regions; ours is the one about the link.
const linkProblem = (page: Page) => page.getByRole('alert').filter({ hasText: 'This share link could not be opened.' });
const consoleOutput = (page: Page) => page.getByRole('region', { name: 'Console' }).locator('.console-output');

async function chooseSettings(page: Page, seed: number, procs: number, policy: string): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  await page.getByRole('combobox', { name: 'Scheduler' }).selectOption(policy);
}

async function expectSettings(page: Page, seed: number, procs: number, policy: string): Promise<void> {
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(String(seed));
  await expect(page.getByRole('combobox', { name: 'GOMAXPROCS' })).toHaveValue(String(procs));
  await expect(page.getByRole('combobox', { name: 'Scheduler' })).toHaveValue(policy);
}

test('Share copies a link that opens the same program and settings in a fresh browser, and runs it', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await setCode(page, program);
  await chooseSettings(page, 4242, 3, 'round-robin');
  await shareButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s1=[\w-]+$/);
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const errors = collectErrors(other);
  await openApp(other, link);
  expect(await getCode(other)).toBe(program);
  await expectSettings(other, 4242, 3, 'round-robin');
  // The link's program runs on arrival with the link's settings.
  await other.waitForFunction(() => window.__gomaplab!.runsDone() > 0, undefined, { timeout: 20_000 });
  await expect(consoleOutput(other)).toHaveText('shared 1\n');
  await expect(other.getByRole('region', { name: 'Console' }).getByRole('status')).toHaveText(/seed 4242, GOMAXPROCS 3, round-robin/);
  // The link stays in the address bar until the student edits (a reload reopens it); after an edit it is
  // dropped, so a reload keeps their work.
  expect(new URL(other.url()).hash).toMatch(/^#s1=/);
  await setCode(other, `${program}// my change\n`);
  await expect.poll(() => new URL(other.url()).hash).toBe('');
  await other.reload();
  await other.waitForFunction(() => window.__gomaplab?.editorReady() === true);
  expect(await getCode(other)).toBe(`${program}// my change\n`);
  expect(errors).toEqual([]);
  await fresh.close();
});

test('the keyboard shortcut shares too, and a refused clipboard shows the link to copy by hand', async ({ page }) => {
  await openApp(page);
  // No clipboard permission granted: the browser refuses writeText.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await page.locator('body').press('Control+Shift+S');
  const field = page.getByRole('textbox', { name: 'Share link' });
  await expect(field).toBeVisible();
  const link = await field.inputValue();
  expect(link).toMatch(/#s1=/);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(field).toHaveCount(0);
});

test('a garbled link opens the default program with a message saying what was wrong', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page, './#s1=AAAA-this-is-not-a-real-link');
  const alert = linkProblem(page);
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/damaged|cut short/);
  expect(await getCode(page)).toContain('counts[word]++'); // the sample program
  await page.screenshot({ path: `${process.env.E2E_RESULTS ?? 'test-results'}/screenshots/share-bad-link.png` });
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(linkProblem(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a link made by a newer version says so', async ({ page }) => {
  await openApp(page, './#s9=AAAA');
  await expect(linkProblem(page)).toContainText('newer Go Map Lab (link format 9)');
});

test('a link does not replace the student\'s own edits without asking', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await setCode(page, program);
  await shareButton(page).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  // The student has their own program (persisted in this browser), then opens the link.
  const mine = 'package main\n\n// my own work\nfunc main() {}\n';
  await setCode(page, mine);
  await openApp(page, link);
  const dialog = page.getByRole('dialog', { name: 'Open the shared program?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: `${process.env.E2E_RESULTS ?? 'test-results'}/screenshots/share-replace-dialog.png` });
  await dialog.getByRole('button', { name: 'Keep my program' }).click();
  await expect(dialog).toBeHidden();
  expect(await getCode(page)).toBe(mine);

  await openApp(page, link);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: "Open the link's program" }).click();
  await expect(dialog).toBeHidden();
  expect(await getCode(page)).toBe(program);
});

/** Presses Share and returns the scenario the copied link carries (decoded here, as any browser would). */
async function shareAndRead(page: Page): Promise<{ link: string; scenario: Scenario }> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await shareButton(page).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#s1=/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const r = decodeFragment(new URL(link).hash);
  if (r.kind !== 'scenario') throw new Error(`the copied link did not decode: ${JSON.stringify(r)}`);
  return { link, scenario: r.scenario };
}

test('share at a step: the link opens the same run at the same step in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await chooseSettings(page, 1, 8, 'random');
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  // The crash run opens at the crash; step back three statements from there.
  const atCrash = (await shareAndRead(page)).scenario.cursor;
  expect(atCrash?.event).toBeGreaterThan(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+F10');
  // The open view beside the editor travels too.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Map' }).click();
  const { link, scenario } = await shareAndRead(page);
  expect(scenario.cursor?.event).toBeLessThan(atCrash!.event!);
  expect(scenario.views).toEqual(['map']);
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  await fresh.grantPermissions(['clipboard-read', 'clipboard-write']);
  const other = await fresh.newPage();
  const errors = collectErrors(other);
  await openApp(other, link);
  await other.waitForFunction(() => window.__gomaplab!.runsDone() > 0, undefined, { timeout: 20_000 });
  // Sharing again from the opened link gives the same scenario: same program, settings and cursor.
  await expect.poll(async () => (await shareAndRead(other)).scenario.cursor).toEqual(scenario.cursor);
  await expect(other.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  expect((await shareAndRead(other)).scenario).toEqual(scenario);
  await other.screenshot({ path: `${process.env.E2E_RESULTS ?? 'test-results'}/screenshots/share-opened-at-step.png` });
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a link shared from a lesson step opens that lesson step, with the program marked as in the editor', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const sidebar = page.getByRole('complementary', { name: 'Lessons' });
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await sidebar.getByRole('button', { name: /The crash/ }).click();
  await sidebar.getByRole('button', { name: 'Next step' }).click();
  await expect(sidebar.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await sidebar.getByRole('button', { name: 'Load program' }).click();
  const { link, scenario } = await shareAndRead(page);
  expect(scenario.lesson).toEqual({ id: '01-the-crash', step: 1 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, link);
  const otherSidebar = other.getByRole('complementary', { name: 'Lessons' });
  await expect(otherSidebar.getByRole('heading', { name: 'Lesson 1: The crash' })).toBeVisible();
  await expect(otherSidebar.getByText(/^Step 2 of \d+$/)).toBeVisible();
  await expect(otherSidebar.getByText(/· in the editor/)).toBeVisible();
  expect(await getCode(other)).toBe(scenario.program);
  await fresh.close();
});

test('a link made in manual mode replays the learner\'s scheduling choices in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Lesson 1's by-hand step puts manual mode's controls beside its text.
  const sidebar = (p: Page) => p.getByRole('complementary', { name: 'Lessons' });
  const manualPanel = (p: Page) => sidebar(p).getByRole('region', { name: 'You are the scheduler' });
  const choose = async (name: string) => {
    const before = await page.evaluate(() => window.__gomaplab!.runsDone());
    await manualPanel(page).getByRole('button', { name }).click();
    await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  };
  await openApp(page);
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await sidebar(page).getByRole('button', { name: /The crash/ }).click();
  while (!(await sidebar(page).getByRole('heading', { name: 'Your turn: crash it by hand' }).isVisible())) {
    await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  }
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  await expect(page.getByRole('combobox', { name: 'Scheduler' })).toHaveValue('manual');
  await choose('Start manual run');
  for (const g of [1, 1, 1]) await choose(`Run g${g} one step`);
  await expect(manualPanel(page).getByRole('status')).toHaveText('3 choices so far. Who runs next?');
  const { link, scenario } = await shareAndRead(page);
  expect(scenario.policy).toBe('manual');
  expect(scenario.schedule).toEqual([1, 1, 1, 1, 1, 1]);

  const fresh = await browser.newContext();
  await fresh.grantPermissions(['clipboard-read', 'clipboard-write']);
  const other = await fresh.newPage();
  await openApp(other, link);
  // The link reopens the lesson step; its run replays the three choices and waits for the fourth.
  await expect(manualPanel(other).getByRole('status')).toHaveText('3 choices so far. Who runs next?', { timeout: 20_000 });
  await expect(manualPanel(other).getByRole('button', { name: /^Run g\d+ one step/ }).first()).toBeVisible();
  await expect.poll(async () => (await shareAndRead(other)).scenario).toEqual(scenario);
  await fresh.close();
});

test('on a static host without isolation headers, the first visit\'s reload (coi-serviceworker) keeps the link', async ({ page, context, browser }) => {
  const { fileURLToPath } = await import('node:url');
  const { serveStatic } = await import('./support/static-server.ts');
  const host = await serveStatic(process.env.E2E_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url)));
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page);
    await setCode(page, program);
    await chooseSettings(page, 31, 2, 'round-robin');
    const { link, scenario } = await shareAndRead(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${host.url}${new URL(link).hash}`);
    // The service worker reloads the page once to make it cross-origin isolated; the link survives it.
    await other.waitForFunction(() => crossOriginIsolated === true, undefined, { timeout: 15_000 });
    await other.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 20_000 });
    expect(await getCode(other)).toBe(scenario.program);
    await expectSettings(other, 31, 2, 'round-robin');
    await other.waitForFunction(() => window.__gomaplab!.runsDone() > 0, undefined, { timeout: 20_000 });
    await expect(consoleOutput(other)).toHaveText('shared 1\n');
    await fresh.close();
  } finally {
    await host.close();
  }
});
