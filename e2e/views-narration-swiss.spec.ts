// Story: with today's Go (1.26, Swiss-table maps) the learner runs the crash sample, reads in words
// who found the map's `writing` flag set and what Go said, follows the link to the write the other
// goroutine had in progress, steps by phase through a probe, and sees each goroutine's write windows
// on the timeline.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { narrateAt } from '../src/engine/trace/state/narrate.ts';
import { narrationLinks } from '../src/engine/trace/state/narrate-links.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { BarKind, buildTimeline } from '../src/engine/trace/state/timeline.ts';
import { sampleProgram } from '../src/ui/app/sample-program.ts';
import { collectErrors, openApp, setCode, runForPlayer, selectGoVersion } from './support/app.ts';

test.use({ viewport: { width: 1280, height: 1100 } });

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await target.screenshot({ path: join(shots, `${view}.png`) });
}

const narration = (page: Page) => page.getByRole('region', { name: 'What happens' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const sentence = (page: Page) => narration(page).locator('.narration-text');
const cursorAt = async (page: Page) => page.evaluate(() => window.__gomaplabPlayer!.position());

async function run(page: Page, seed: number, procs: number): Promise<void> {
  await selectGoVersion(page, '1.26');
  await runForPlayer(page, seed, procs);
}

/** The same Go 1.26 run in Node: what the views must show. */
function nodeRun(source: string, seed: number, procs: number) {
  const reply = createEngineApi().run(source, { seed, procs, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: '1.26' }, 1);
  return new TraceCursor(reply.trace!);
}

test('Go 1.26: the crash is told with the writing flag and Go\'s message, linked to the write in progress, and the timeline shows the write windows', async ({ page }) => {
  // The first seed whose crash finds another goroutine inside its write window (so there is a write to link to).
  let seed = 1;
  let cursor = nodeRun(sampleProgram, seed, 4);
  const linked = (c: TraceCursor) => {
    const at = crashPosition(c.reader);
    return at > 0 && narrationLinks(c.reader, narrateAt(c.reader, at)).some((l) => l.label.endsWith("'s write that was in progress"));
  };
  while (seed < 40 && !linked(cursor)) cursor = nodeRun(sampleProgram, ++seed, 4);
  expect(linked(cursor)).toBe(true);
  const crashAt = crashPosition(cursor.reader);
  const told = narrateAt(cursor.reader, crashAt);
  const link = narrationLinks(cursor.reader, told).find((l) => l.label.endsWith("'s write that was in progress"))!;

  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, sampleProgram);
  await run(page, seed, 4);
  expect(await cursorAt(page)).toBe(crashAt);
  await expect(sentence(page)).toHaveText(told.text);
  await expect(sentence(page)).toContainText('the writing flag');
  await expect(sentence(page)).toContainText('Go stops the program here with fatal error: concurrent map writes.');
  const links = narration(page).getByRole('group', { name: 'Go to an event this sentence refers to' });
  const button = links.getByRole('button', { name: `Go to ${link.label} (event ${link.index})` });
  await expect(button).toHaveText(link.label);
  await shoot(narration(page), 'narration-swiss-crash');

  // Following the link lands just past the other goroutine's toggle of `writing`.
  await button.click();
  expect(await cursorAt(page)).toBe(link.index + 1);
  await expect(sentence(page)).toHaveText(narrateAt(cursor.reader, link.index + 1).text);
  await expect(sentence(page)).toHaveText(/^g\d+ (set m1's writing flag|toggled m1's writing flag)/);
  await shoot(narration(page), 'narration-swiss-link');
  // From a window the run stopped inside, a link leads back to the crash.
  const back = narrationLinks(cursor.reader, narrateAt(cursor.reader, link.index + 1)).find((l) => l.label === 'the crash');
  if (back) {
    await links.getByRole('button', { name: `Go to the crash (event ${back.index})` }).click();
    expect(await cursorAt(page)).toBe(back.index + 1);
    await expect(sentence(page)).toContainText('fatal error: concurrent map writes');
  }

  // The timeline: each goroutine's write windows, as the text form counts them, and the crash first.
  const model = buildTimeline(cursor.reader);
  await expect(timeline(page).locator('canvas')).toBeVisible();
  await expect(timeline(page).getByRole('list', { name: 'Timeline legend' })).toContainText('writing a map (writing flag set)');
  await timeline(page).getByText('Timeline as text').click();
  const items = timeline(page).locator('.timeline-text li');
  const fatal = model.marks[0];
  await expect(items.first()).toHaveText(`fatal error: concurrent map writes, in g${fatal.g} at event ${fatal.index}.`);
  for (const lane of model.lanes.filter((l) => l.barKind.includes(BarKind.MapWrite))) {
    const n = lane.barKind.filter((k) => k === BarKind.MapWrite).length;
    await expect(items.filter({ hasText: new RegExp(`^g${lane.g}, `) })).toContainText(`${n} map write${n === 1 ? '' : 's'}`);
  }
  await shoot(timeline(page), 'timeline-swiss');
  expect(errors).toEqual([]);
});

test('Go 1.26: stepping by phase tells a probe, with H1, H2 and where it ended', async ({ page }) => {
  const src = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 40; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n';
  const cursor = nodeRun(src, 1, 1);
  const errors = collectErrors(page);
  await openApp(page);
  await setCode(page, src);
  await run(page, 1, 1);
  await page.getByRole('combobox', { name: 'Granularity' }).selectOption('phase');
  // The 20th probe of the run (a table by then), reached by seeking just before it and stepping one phase.
  let probe = -1;
  for (let i = 0, n = 0; i < cursor.length; i++) if (cursor.reader.kindAt(i) === 'swiss.probed' && ++n === 20) probe = i;
  expect(probe).toBeGreaterThan(0);
  await page.evaluate((p) => window.__gomaplabPlayer!.seek(p), probe);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  expect(await cursorAt(page)).toBe(probe + 1);
  await expect(sentence(page)).toHaveText(narrateAt(cursor.reader, probe + 1).text);
  const key = (cursor.reader.get(probe) as { key: number }).key;
  await expect(sentence(page)).toHaveText(new RegExp(`^g1 hashes key ${key} to write it in m1: H1 picks group \\d+ of table t\\d+ \\(directory entry 0\\); H2 is 0x[0-9a-f]+; \\d+ groups? probed; not there yet, so it takes slot \\d+\\.$`));
  await shoot(narration(page), 'narration-swiss-probe');
  expect(errors).toEqual([]);
});
