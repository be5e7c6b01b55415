// Story: a learner follows the lessons sidebar: lesson 1's crash and the moment of the collision,
// the Mutex lesson's challenge checked and accepted, and progress and edits kept across a reload.
// Lessons in both map designs: an unpinned crash step runs as the learner's Go 1.26 (Swiss table),
// a pinned step switches the setting to its version and says so, and lesson 13's jumps land in
// each design where the engine in Node says they must.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { runSource } from '../src/engine/index.ts';
import { parseJump, resolveJump } from '../src/lessons/jump.ts';
import { collectErrors, getCode, openApp, selectGoVersion, setCode } from './support/app.ts';

const lessonFile = (path: string) => readFileSync(new URL(`../lessons/${path}`, import.meta.url), 'utf8');

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');
async function shoot(target: Page | Locator, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await target.screenshot({ path: join(shots, `${name}.png`) });
}

/** Where a jump must land, computed by the engine in Node from the same program and settings. */
function expectedTarget(program: string, jumpText: string, seed: number, procs: number, goVersion: string) {
  const jump = parseJump(jumpText);
  if (typeof jump === 'string') throw new Error(jump);
  const target = resolveJump(runSource(program, { seed, procs, trace: true, goVersion }).trace!, jump);
  if (!target) throw new Error(`${jumpText} does not land (Go ${goVersion})`);
  return target;
}

const goVersionSelect = (page: Page) => page.getByRole('combobox', { name: 'Go version' });
const swissView = (page: Page) => page.getByRole('region', { name: 'Go 1.24+ Swiss table' });

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
  // Where it must land, computed by the engine in Node from the same program and settings (the
  // step is not pinned, so it runs as the app's default Go version, 1.26).
  await expect(goVersionSelect(page)).toHaveValue('1.26');
  const target = expectedTarget(crash, 'last map.write.began before fatal.raised', 1, 8, '1.26');
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
  // The step is not pinned: it was checked as the learner's Go version, the default 1.26.
  await expect(challenge.getByText('Checked as Go 1.26 (Swiss table).')).toBeVisible();
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
  await expect(sidebar(page).getByRole('listitem')).toHaveCount(13);
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

/** Jumps to the step's moment and checks the player landed where Node says (status, position, editor line). */
async function jumpAndCheck(page: Page, program: string, jumpText: string, seed: number, goVersion: string): Promise<void> {
  const target = expectedTarget(program, jumpText, seed, 8, goVersion);
  await sidebar(page).getByRole('button', { name: 'Jump to the moment' }).click();
  await expect(sidebar(page).getByRole('status')).toHaveText(`The player is at step ${target.step}: goroutine ${target.g}, line ${target.line}.`, { timeout: 30_000 });
  await expect(page.getByTestId('player-position')).toContainText(`· ${(target.eventIndex + 1).toLocaleString('en-US')}/`);
  await expect(goVersionSelect(page)).toHaveValue(goVersion);
}

test.describe('lessons in both map designs', () => {
  test.use({ viewport: { width: 1440, height: 1100 } });

  test('with Go 1.26 chosen, an unpinned crash step runs on Swiss maps and says so', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page);
    await openApp(page);
    await selectGoVersion(page, '1.26');
    await openLessons(page);
    await sidebar(page).getByRole('button', { name: /The crash/ }).click();
    await sidebar(page).getByRole('button', { name: 'Next step' }).click();
    await expect(sidebar(page).getByRole('heading', { name: 'The collision' })).toBeVisible();
    await expect(sidebar(page).getByText('This step holds in both map designs. It runs as your Go version: Go 1.26 (Swiss table).')).toBeVisible();
    await jumpAndCheck(page, lessonFile('01-the-crash/crash.go'), 'last map.write.began before fatal.raised', 1, '1.26');
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-unpinned-swiss');
    expect(errors).toEqual([]);
  });

  test('a step pinned to Go 1.23 switches the setting when it loads, and says so', async ({ page }) => {
    test.setTimeout(60_000);
    const errors = collectErrors(page);
    await openApp(page);
    await selectGoVersion(page, '1.26');
    await openLessons(page);
    // The list marks the lesson that runs as one Go version throughout.
    await expect(sidebar(page).getByRole('button', { name: '3. Inside the map (Go 1.23)' })).toBeVisible();
    await shoot(sidebar(page), 'lessons-list-pins');
    await sidebar(page).getByRole('button', { name: /Inside the map/ }).click();
    await expect(sidebar(page).getByText(/^This step runs as Go 1\.23 \(bucket map\): loading it sets the Go version\./)).toBeVisible();
    // Not loaded yet: the learner's choice stands until the step's program is loaded.
    await expect(goVersionSelect(page)).toHaveValue('1.26');
    await sidebar(page).getByRole('button', { name: 'Load program' }).click();
    await expect(goVersionSelect(page)).toHaveValue('1.23');
    await expect(sidebar(page).getByRole('status')).toHaveText('Loaded grow.go (seed 1, GOMAXPROCS 8) as Go 1.23 (bucket map). Press Run.');
    await run(page);
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.getByText('Go 1.19–1.23 bucket map', { exact: false })).toBeVisible();
    await expect(swissView(page)).toHaveCount(0);
    // Switching away on a pinned step is allowed; the step says what its text is about.
    await selectGoVersion(page, '1.26');
    await expect(sidebar(page).getByText(/You switched to Go 1\.26 \(Swiss table\); the step's text is about Go 1\.23 \(bucket map\)\./)).toBeVisible();
    await shoot(sidebar(page), 'lesson-pinned-1.23');
    expect(errors).toEqual([]);
  });

  test('lesson 13: the same crash in both designs, then the insides of each at its jumps', async ({ page }) => {
    test.setTimeout(180_000);
    const errors = collectErrors(page);
    await openApp(page);
    await selectGoVersion(page, '1.26');
    await openLessons(page);
    await sidebar(page).getByRole('button', { name: /Same crash, different insides/ }).click();
    await expect(sidebar(page).getByRole('heading', { name: 'Lesson 13: Same crash, different insides' })).toBeVisible();
    const crash = lessonFile('13-same-crash-different-insides/crash.go');
    const big = lessonFile('13-same-crash-different-insides/big.go');
    const next = () => sidebar(page).getByRole('button', { name: 'Next step' }).click();

    // Step 1, unpinned: the learner's Go 1.26.
    await jumpAndCheck(page, crash, 'last map.write.began before fatal.raised', 1, '1.26');
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-13-step-1');

    // Step 2, pinned to 1.23 (seed 18: mid-grow): the bucket map.
    await next();
    await expect(sidebar(page).getByText(/^This step runs as Go 1\.23 \(bucket map\)/)).toBeVisible();
    await jumpAndCheck(page, crash, 'last map.write.began before fatal.raised', 18, '1.23');
    await page.getByRole('tab', { name: 'Map' }).click();
    await expect(page.getByText('Go 1.19–1.23 bucket map', { exact: false })).toBeVisible();
    await shoot(page, 'lesson-13-bucket-mid-grow');

    // Steps 3 and 4, pinned to 1.26: the writing flag, then the last probe before the crash.
    await next();
    await expect(sidebar(page).getByText(/^This step runs as Go 1\.26 \(Swiss table\)/)).toBeVisible();
    await jumpAndCheck(page, crash, 'last swiss.write.began before fatal.raised', 1, '1.26');
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-13-swiss-writing');
    await next();
    await jumpAndCheck(page, crash, 'last swiss.probed before fatal.raised', 1, '1.26');
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-13-swiss-probe');

    // Step 5 (1.26): churn leaves tombstones; Go 1.25+ prunes them before growing.
    await next();
    await jumpAndCheck(page, lessonFile('13-same-crash-different-insides/churn.go'), 'first swiss.tombstones.pruned', 1, '1.26');
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-13-pruned');

    // Steps 6 to 8: evacuation (1.23), the first table (1.26), the first split (1.26).
    await next();
    await jumpAndCheck(page, big, 'first map.bucket.evacuated', 1, '1.23');
    await next();
    await jumpAndCheck(page, big, 'first swiss.grew.to.table', 1, '1.26');
    await next();
    await expect(sidebar(page).getByRole('heading', { name: 'Past 1024 slots: a directory of tables' })).toBeVisible();
    await jumpAndCheck(page, big, 'first swiss.table.split', 1, '1.26');
    await expect(swissView(page)).toBeVisible();
    await shoot(page, 'lesson-13-split');

    // Step 9 (1.26, seed 198): the Swiss-only small-map fatal, right after the usual one.
    await next();
    await jumpAndCheck(page, lessonFile('13-same-crash-different-insides/small.go'), 'last fatal.raised', 198, '1.26');
    await shoot(page, 'lesson-13-small-map-fatal');

    // The last step is unpinned again: it keeps the version the learner is on.
    await selectGoVersion(page, '1.23');
    await next();
    await expect(sidebar(page).getByText('This step holds in both map designs. It runs as your Go version: Go 1.23 (bucket map).')).toBeVisible();
    await jumpAndCheck(page, crash, 'first fatal.raised', 1, '1.23');
    expect(errors).toEqual([]);
  });
});
