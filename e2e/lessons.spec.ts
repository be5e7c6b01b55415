// Story: a learner follows the lessons sidebar: lesson 1's crash and the moment of the collision,
// the Mutex lesson's challenge checked and accepted, and progress and edits kept across a reload.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { runSource } from '../src/engine/index.ts';
import { parseJump, resolveJump } from '../src/lessons/jump.ts';
import { collectErrors, getCode, openApp, setCode } from './support/app.ts';

const lessonFile = (path: string) => readFileSync(new URL(`../lessons/${path}`, import.meta.url), 'utf8');

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Lessons' });
const consolePanel = (page: Page) => page.getByRole('region', { name: 'Console' });

async function openLessons(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(sidebar(page)).toBeVisible();
}

async function run(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
}

test('lesson 1: load the program, run it into the crash, and jump to the collision', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  await openLessons(page);
  await sidebar(page).getByRole('button', { name: /The crash/ }).click();
  await expect(sidebar(page).getByRole('heading', { name: 'Lesson 1: The crash' })).toBeVisible();
  await expect(sidebar(page).getByText('Step 1 of 5')).toBeVisible();

  const crash = lessonFile('01-the-crash/crash.go');
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  expect(await getCode(page)).toBe(crash);
  await expect(page.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('1');
  await run(page);
  await expect(consolePanel(page).locator('.console-stderr')).toContainText(/^fatal error: concurrent map writes/);

  // The next step's jump: the write that was in progress when the check fired.
  await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(sidebar(page).getByRole('heading', { name: 'The collision' })).toBeVisible();
  await sidebar(page).getByRole('button', { name: 'Jump to the moment' }).click();
  // Where it must land, computed by the engine in Node from the same program and settings.
  const jump = parseJump('last map.write.began before fatal.raised');
  if (typeof jump === 'string') throw new Error(jump);
  const target = resolveJump(runSource(crash, { seed: 1, procs: 8, trace: true }).trace!, jump)!;
  await expect(sidebar(page).getByRole('status')).toHaveText(`The player is at step ${target.step}: goroutine ${target.g}, line ${target.line}.`, { timeout: 20_000 });
  await expect(page.getByTestId('player-position')).toContainText(`· ${(target.eventIndex + 1).toLocaleString('en-US')}/`);
  await expect.poll(() => page.evaluate(() => window.__gomaplab!.cursor().line)).toBe(target.line);
  await page.screenshot({ path: test.info().outputPath('lesson-1-collision.png') });
  expect(errors).toEqual([]);
});

test('the Mutex challenge: a failing seed opens in the player, the fix is accepted, and a reload keeps progress and edits', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openLessons(page);
  await sidebar(page).getByRole('button', { name: /Fix: sync\.Mutex/ }).click();
  await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(sidebar(page).getByRole('heading', { name: 'Your turn: add the lock' })).toBeVisible();
  // The win condition is stated before the learner starts.
  await expect(sidebar(page).getByText(/^Make counter\.go finish without crashing and print exactly "clicks: 400 views: 400"/)).toBeVisible();
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  expect(await getCode(page)).toBe(lessonFile('05-mutex/counter.go'));

  // Checking the program as given fails, and names a seed that crashes.
  const challenge = sidebar(page).getByRole('region', { name: 'Challenge' });
  await challenge.getByRole('button', { name: 'Check my fix' }).click();
  await expect(challenge.getByRole('status')).toHaveText('Not yet: see what failed below.', { timeout: 60_000 });
  // Both checks fail on the first crashing seed; each offers it.
  const openSeed = challenge.getByRole('button', { name: /^Open seed \d+ in the player$/ }).first();
  await expect(openSeed).toBeVisible();
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await openSeed.click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  await expect(consolePanel(page).locator('.console-stderr')).toContainText(/^fatal error: concurrent map writes/);

  // The learner's fix: the lock added (as the solution does), then checked again.
  const fixed = lessonFile('05-mutex/counter-mutex.go');
  await setCode(page, fixed);
  await expect(sidebar(page).getByText(/\(your version\)/)).toBeVisible();
  await challenge.getByRole('button', { name: 'Check my fix' }).click();
  await expect(challenge.getByRole('status')).toHaveText('Accepted: your program meets every check.', { timeout: 90_000 });
  await expect(challenge.getByRole('heading', { name: 'Challenge (completed)' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('mutex-challenge-accepted.png') });

  // Reload: the sidebar reopens at the same step, completed, with the learner's program in the editor.
  await page.reload();
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true);
  await expect(sidebar(page).getByRole('heading', { name: 'Your turn: add the lock' })).toBeVisible();
  await expect(sidebar(page).getByRole('heading', { name: 'Challenge (completed)' })).toBeVisible();
  await expect(sidebar(page).getByText(/\(your version\)/)).toBeVisible();
  expect(await getCode(page)).toBe(fixed);
  // Switching away and back loads the learner's version, not the lesson's.
  await setCode(page, 'package main\n\nfunc main() {}\n');
  await sidebar(page).getByRole('button', { name: 'Previous step' }).click();
  await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  expect(await getCode(page)).toBe('package main\n\nfunc main() {}\n');
  await sidebar(page).getByRole('button', { name: 'Reset step' }).click();
  expect(await getCode(page)).toBe(lessonFile('05-mutex/counter.go'));
  // The list shows progress.
  await sidebar(page).getByRole('button', { name: 'All lessons' }).click();
  await expect(sidebar(page).getByLabel('Fix: sync.Mutex: 2 of 4 steps')).toBeVisible();
  await expect(sidebar(page).getByLabel('The crash: not started')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lessons-list.png') });
});

test('the sidebar toggles with its shortcut and hides again', async ({ page }) => {
  await openApp(page);
  await expect(sidebar(page)).toHaveCount(0);
  const toggle = page.getByRole('button', { name: 'Lessons', exact: true });
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'F9');
  await page.keyboard.press('F9');
  await expect(sidebar(page)).toBeVisible();
  // Focus moves into the sidebar, on its first lesson.
  await expect(sidebar(page).getByRole('button', { name: /The crash/ })).toBeFocused();
  await expect(sidebar(page).getByRole('listitem')).toHaveCount(12);
  await toggle.click();
  await expect(sidebar(page)).toHaveCount(0);
});

test('an explorer challenge: the program as given has a failing schedule, and the fix passes every schedule', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openLessons(page);
  await sidebar(page).getByRole('button', { name: /Myths, tested/ }).click();
  for (let i = 0; i < 3; i++) await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(sidebar(page).getByRole('heading', { name: 'Your turn: correct in every schedule' })).toBeVisible();
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  const challenge = sidebar(page).getByRole('region', { name: 'Challenge' });
  await challenge.getByRole('button', { name: 'Check my fix' }).click();
  await expect(challenge.getByRole('status')).toHaveText('Not yet: see what failed below.', { timeout: 60_000 });
  await expect(challenge.getByText(/found by the systematic search/)).toBeVisible();
  await setCode(page, lessonFile('11-myths/sometimes-fixed.go'));
  await challenge.getByRole('button', { name: 'Check my fix' }).click();
  await expect(challenge.getByRole('status')).toHaveText('Accepted: your program meets every check.', { timeout: 90_000 });
  await expect(challenge.getByText(/no failure in all [\d,]+ schedules with ≤ 2 preemptions/)).toBeVisible();
});

test('a by-hand challenge: the learner drives the scheduler into the crash and the check replays those choices', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await openLessons(page);
  await sidebar(page).getByRole('button', { name: /The crash/ }).click();
  for (let i = 0; i < 3; i++) await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  await expect(sidebar(page).getByRole('heading', { name: 'Your turn: crash it by hand' })).toBeVisible();
  await sidebar(page).getByRole('button', { name: 'Load program' }).click();
  await expect(page.getByRole('combobox', { name: 'Scheduler' })).toHaveValue('manual');
  const challenge = sidebar(page).getByRole('region', { name: 'Challenge' });
  await challenge.getByRole('button', { name: 'Show a solution' }).click();
  await expect(challenge.getByText('Choose, in this order: g1 ×6, g2 ×3, g3 ×2.')).toBeVisible();

  // Each choice runs the program again up to the next decision.
  const choose = async (name: string) => {
    const before = await page.evaluate(() => window.__gomaplab!.runsDone());
    await sidebar(page).getByRole('region', { name: 'You are the scheduler' }).getByRole('button', { name }).click();
    await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
  };
  await choose('Start manual run');
  for (const g of [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3]) await choose(`Run g${g} one step`);
  await expect(consolePanel(page).locator('.console-stderr')).toContainText(/^fatal error: concurrent map writes/);
  await challenge.getByRole('button', { name: 'Check my fix' }).click();
  await expect(challenge.getByRole('status')).toHaveText('Accepted: your program meets every check.', { timeout: 60_000 });
  await expect(challenge.getByText('your 11 choices: crashed with "concurrent map writes"')).toBeVisible();
});

test('a prediction: a wrong answer is said so, the right one counts as done', async ({ page }) => {
  await openApp(page);
  await openLessons(page);
  await sidebar(page).getByRole('button', { name: /Fix: sync\.RWMutex/ }).click();
  await sidebar(page).getByRole('button', { name: 'Next step' }).click();
  const predict = sidebar(page).getByRole('region', { name: 'Prediction' });
  const answer = predict.getByRole('textbox', { name: /Which line comes right after "reader 1 done"\?/ });
  await answer.fill('reader 2 reading');
  await predict.getByRole('button', { name: 'Check my answer' }).click();
  await expect(predict.getByRole('status')).toHaveText('Not quite. Run the program and look again.');
  await answer.fill('Writer writing ');
  await answer.press('Enter');
  await expect(predict.getByRole('status')).toHaveText('Right. Run it to see for yourself.');
  await expect(predict.getByRole('heading', { name: 'Predict (answered)' })).toBeVisible();
});
