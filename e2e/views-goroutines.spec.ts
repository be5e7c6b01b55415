// Story: after a crash, the learner reads the goroutines with their states and Go's wait reasons,
// clicks the timeline to move through the run, and hears each step told in words.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { narrateAt } from '../src/engine/trace/state/narrate.ts';
import { goroutineRows } from '../src/ui/views/goroutines/goroutine-rows.ts';
import type { SyncState } from '../src/engine/trace/state/sync.ts';
import { sampleProgram } from '../src/ui/app/sample-program.ts';
import { collectErrors, openApp } from './support/app.ts';
import { defaultGoVersion } from '../src/ui/store/settings-slice.ts';

// Tall enough for the player's views and the timeline beside the editor, as on a laptop.
test.use({ viewport: { width: 1280, height: 1000 } });

const screenshots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await target.screenshot({ path: join(screenshots, `${view}.png`) });
}

/** Sets seed and GOMAXPROCS through the labelled controls, clicks Run and waits for the answer. */
async function run(page: Page, seed: number, procs: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
}

/** The same run in Node, through the worker's implementation: what the views must show. */
function nodeRun(source: string, seed: number, procs: number) {
  const reply = createEngineApi().run(source, { seed, procs, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: defaultGoVersion }, 1);
  const cursor = new TraceCursor(reply.trace!);
  const crash = crashPosition(cursor.reader);
  cursor.seek(crash >= 0 ? crash : cursor.length);
  return { reply, cursor };
}

const goroutinesView = (page: Page) => page.getByRole('region', { name: 'Goroutines' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const narration = (page: Page) => page.getByRole('region', { name: 'What happens' });
const cursorText = async (page: Page) => Number(/Cursor at event ([\d,]+)/.exec((await timeline(page).locator('.timeline-text p').textContent()) ?? '')![1].replace(/,/g, ''));

test('the crash sample opens at the crash with every goroutine\'s state and Go\'s wait reasons', async ({ page }) => {
  const errors = collectErrors(page);
  // The first seed (GOMAXPROCS 4) whose crash finds main already waiting in wg.Wait, found in Node.
  let seed = 1;
  let node = nodeRun(sampleProgram, seed, 4);
  while (seed < 60 && !goroutineRows(node.cursor.state.goroutines).some((r) => r.status === 'blocked')) node = nodeRun(sampleProgram, ++seed, 4);
  const { reply, cursor } = node;
  expect(reply.stderr).toContain('fatal error: concurrent map writes');
  const rows = goroutineRows(cursor.state.goroutines, { sync: (cursor.state as { sync?: SyncState }).sync });
  const blocked = rows.find((r) => r.status === 'blocked')!;
  expect(blocked).toBeDefined();
  await openApp(page);
  await run(page, seed, 4);
  const table = goroutinesView(page).getByRole('table');
  await expect(table.locator('tbody')).toHaveCount(rows.length);
  for (const row of rows) {
    const tr = table.locator(`tbody[data-goroutine="${row.id}"] tr`).first();
    await expect(tr.getByRole('cell').nth(0)).toHaveText(row.waitDetail ? `${row.stateText} ${row.waitDetail}` : row.stateText);
    await expect(tr.getByRole('cell').nth(1)).toHaveText(row.func);
    await expect(tr.getByRole('cell').nth(3)).toHaveText(row.createdBy || '(main goroutine)');
  }
  // A blocked goroutine shows Go's wait reason, the one Go's dump prints for it.
  const waiting = table.locator(`tbody[data-goroutine="${blocked.id}"] tr`).first().getByRole('cell').nth(0);
  await expect(waiting).toContainText(`blocked [${blocked.info.waitReason}]`);
  expect(reply.stderr).toContain(`goroutine ${blocked.id} [${blocked.info.waitReason}]:`);
  // The goroutine that hit the check is running, and its row opens to its call stack.
  // (From Go 1.24 a map's fatal error shows the runtime's maps.fatal frame above the user's.)
  const failing = Number(/goroutine (\d+) \[running\]:\n(?:internal\/runtime\/maps\.fatal\(\.\.\.\)\n\t\S+\n)?main/.exec(reply.stderr)![1]);
  await expect(table.locator(`tbody[data-goroutine="${failing}"] tr`).first().getByRole('cell').nth(0)).toHaveText(/^running/);
  await goroutinesView(page).getByRole('button', { name: `g${failing} call stack` }).click();
  await expect(goroutinesView(page).getByRole('list', { name: `Call stack of g${failing}, innermost first` })).toContainText('main.main.func1()');
  // The view scrolls inside its pane: the pane is what the learner sees.
  await shoot(goroutinesView(page).locator('xpath=..'), 'goroutines');
  expect(errors).toEqual([]);
});

test('at the crash every goroutine\'s state is the one Go\'s dump in the Console gives it', async ({ page }) => {
  const errors = collectErrors(page);
  // The first seed (GOMAXPROCS 8) whose dump has each kind of stanza: the failing goroutine, one
  // caught inside a map operation on another CPU (running, stack unavailable), one Go's fatal
  // error preempted on its P (runnable) and main waiting in wg.Wait (Go 1.24+'s own wait reason).
  const kinds = (stderr: string) => ['[runnable]:', '[sync.WaitGroup.Wait]:', 'goroutine running on other thread'].every((k) => stderr.includes(k));
  let seed = 1;
  while (seed < 100 && !kinds(nodeRun(sampleProgram, seed, 8).reply.stderr)) seed++;
  expect(kinds(nodeRun(sampleProgram, seed, 8).reply.stderr)).toBe(true);
  await openApp(page);
  await run(page, seed, 8);
  const stderr = (await page.getByRole('region', { name: 'Console' }).locator('.console-stderr').textContent()) ?? '';
  expect(kinds(stderr)).toBe(true);
  const dump = new Map<number, string>();
  for (const m of stderr.matchAll(/^goroutine (\d+) \[([^\]]*)\]:$/gm)) if (!dump.has(Number(m[1]))) dump.set(Number(m[1]), m[2]);
  const table = goroutinesView(page).getByRole('table');
  await expect(table.locator('tbody')).toHaveCount(dump.size);
  for (const [g, state] of dump) {
    const cell = table.locator(`tbody[data-goroutine="${g}"] tr`).first().getByRole('cell').nth(0);
    // The view says `running (P2)` where the dump says `running`, and `blocked [reason]` for a wait.
    if (state === 'running') await expect(cell).toHaveText(/^running \(P\d+\)$/);
    else if (state === 'runnable') await expect(cell).toHaveText('runnable');
    else await expect(cell).toHaveText(new RegExp(`^blocked \\[${state.replace(/\./g, '\\.')}\\]`));
  }
  await shoot(goroutinesView(page), 'goroutines-at-crash');
  expect(errors).toEqual([]);
});

test('clicking the timeline moves the player there, and the narration follows the cursor', async ({ page }) => {
  await openApp(page);
  await run(page, 1, 8);
  const { cursor } = nodeRun(sampleProgram, 1, 8);
  const length = cursor.length;
  const crashAt = crashPosition(cursor.reader);
  await expect(timeline(page).locator('canvas')).toBeVisible();
  expect(await cursorText(page)).toBe(crashAt);
  // The crash's sentence, as the engine tells it in Node.
  const said = narration(page).locator('.narration-text');
  await expect(said).toHaveText(narrateAt(cursor.reader, crashAt).text);
  await expect(said).toContainText('fatal error: concurrent map writes');
  await shoot(timeline(page), 'timeline');
  await shoot(narration(page), 'narration');

  // A click a quarter of the way along seeks to about a quarter of the run.
  const canvas = timeline(page).locator('canvas');
  const box = (await canvas.boundingBox())!;
  const plotLeft = 44;
  await canvas.click({ position: { x: plotLeft + (box.width - plotLeft - 4) * 0.25, y: 20 } });
  const at = await cursorText(page);
  expect(Math.abs(at - length * 0.25)).toBeLessThan(length * 0.02 + 2);
  cursor.seek(at);
  await expect(said).toHaveText(narrateAt(cursor.reader, at).text);

  // The jumps move to the next map change and the previous goroutine switch, and the sentence changes.
  const before = await said.textContent();
  await narration(page).getByRole('button', { name: 'Next map change' }).click();
  const afterMap = await cursorText(page);
  expect(afterMap).toBeGreaterThan(at);
  expect(cursor.reader.kindAt(afterMap - 1)).toMatch(/^(map|swiss)\./);
  await expect(said).not.toHaveText(before!);
  await narration(page).getByRole('button', { name: 'Previous goroutine switch' }).click();
  const afterSwitch = await cursorText(page);
  expect(cursor.reader.kindAt(afterSwitch - 1)).toBe('sched.switched');
  await expect(said).toHaveText(/^The scheduler (switched from g\d+ to g\d+|runs g\d+) \(on P\d+\)\.$/);
  // The same jump from the keyboard (Alt+M, as the button announces).
  await expect(narration(page).getByRole('button', { name: 'Next map change' })).toHaveAttribute('aria-keyshortcuts', 'Alt+M');
  await page.keyboard.press('Alt+m');
  await expect.poll(() => cursorText(page)).toBeGreaterThan(afterSwitch);
  expect(cursor.reader.kindAt((await cursorText(page)) - 1)).toMatch(/^(map|swiss)\./);
  // The live region is polite, so a screen reader reads each new sentence.
  await expect(said).toHaveAttribute('aria-live', 'polite');
  // The text form of the timeline lists the crash first.
  await timeline(page).getByText('Timeline as text').click();
  await expect(timeline(page).locator('.timeline-text li').first()).toHaveText(/^fatal error: concurrent map writes, in g\d+ at event \d+\.$/);
});
