// Story: the learner picks the Go version. With Go 1.24+ the Map tab shows the Swiss table (control
// bytes, the writing flag lit in the writer's colour at the crash); with Go 1.22–1.23 the same
// crash sample shows the bucket map. A 900-key map shows a full 1024-slot table split in two.
// Stepping onto a probe shows the key's hash split into directory bits, H1 and H2, the groups the
// probe visited numbered in order and the slot it ended on; a delete in a full group leaves a tombstone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import type { TraceEvent } from '../src/engine/trace/events.ts';
import { TraceReader } from '../src/engine/trace/reader.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { crashPosition } from '../src/engine/trace/state/step-boundaries.ts';
import { sampleProgram } from '../src/ui/app/sample-program.ts';
import { collectErrors, openApp, setCode, runForPlayer } from './support/app.ts';

test.use({ viewport: { width: 1440, height: 1400 } });

const shots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await target.screenshot({ path: join(shots, `${view}.png`) });
}

const run = runForPlayer;

/** The views pane as the learner sees it (the view scrolls inside it). */
const panel = (page: Page) => page.locator('.player-view-panel');
const goVersion = (page: Page) => page.getByRole('combobox', { name: 'Go version' });
const swissView = (page: Page) => page.getByRole('region', { name: 'Go 1.24+ Swiss table' });

/** A seed whose Go 1.26 crash of the sample leaves `writing` set at the crash, found in Node. */
function crashSeed(): number {
  for (let seed = 1; seed < 60; seed++) {
    const reply = createEngineApi().run(sampleProgram, { seed, procs: 8, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: '1.26' }, 1);
    const c = new TraceCursor(reply.trace!);
    const crash = crashPosition(c.reader);
    if (crash < 0) continue;
    c.seek(crash);
    if ([...c.state.swiss.maps.values()].some((m) => m.writing !== 0 && m.writer !== 0)) return seed;
  }
  return -1;
}

test('Go 1.24+: the crash sample shows the Swiss table with control bytes and the writing flag; Go 1.23 shows the bucket map', async ({ page }) => {
  const seed = crashSeed();
  expect(seed).toBeGreaterThan(0);
  const errors = collectErrors(page);
  await openApp(page);
  await goVersion(page).selectOption({ label: 'Go 1.26 (Swiss table)' });
  await expect(goVersion(page)).toHaveValue('1.26');
  await run(page, seed, 8);
  await page.getByRole('tab', { name: 'Map' }).click();
  const view = swissView(page);
  await expect(view).toBeVisible();
  expect(await view.locator('[data-ctrl="full"]').count()).toBeGreaterThan(0);
  const flag = view.getByTestId('swiss-writing');
  await expect(flag).toHaveAttribute('data-writing', '1');
  await expect(flag).toHaveText(/^writing = 1 \(g\d+, map(assign|delete)\)/);
  await expect(view.getByTestId('swiss-text')).toContainText('The writing flag is set by goroutine');
  await shoot(view, 'swiss-crash');

  await goVersion(page).selectOption({ label: 'Go 1.22–1.23 (bucket map)' });
  await run(page, seed, 8);
  await page.getByRole('tab', { name: 'Map' }).click();
  await expect(page.getByRole('region', { name: 'Maps' })).toBeVisible();
  await expect(swissView(page)).toHaveCount(0);
  await shoot(page.getByRole('region', { name: 'Maps' }), 'swiss-off-bucket-map');
  expect(errors).toEqual([]);
});

test('Go 1.24+: 900 inserts split the full 1024-slot table into two behind a directory of 2', async ({ page }) => {
  const src = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 900; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(len(m))\n}\n';
  const errors = collectErrors(page);
  await openApp(page);
  await goVersion(page).selectOption('1.26');
  await setCode(page, src);
  await run(page, 1, 1);
  await page.evaluate(() => window.__gomaplabPlayer!.seek(window.__gomaplabPlayer!.length()));
  await page.getByRole('tab', { name: 'Map' }).click();
  const view = swissView(page);
  await expect(view.getByTestId('swiss-table')).toHaveCount(2);
  await expect(view.getByTestId('swiss-text')).toContainText('holds 900 entries in 2 tables; the directory has 2 entries (global depth 1)');
  await expect(view.getByTestId('swiss-text')).toContainText('split into');
  // The last insert's probe: its table's list is scrolled to the group it started at.
  expect(await shownInItsList(view.locator('.swiss-group[data-probe-order="1"]'))).toBe(true);
  await shoot(view, 'swiss-split');
  // Stepping through the inserts around the split re-renders within a frame.
  const split = findEvent(src, 1, (e) => e.kind === 'swiss.table.split')!.index;
  await page.evaluate((p) => window.__gomaplabPlayer!.seek(p), split - 40);
  const t = await stepTimes(page, 80);
  test.info().annotations.push({ type: 'step render (900 keys)', description: `median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms over 80 steps` });
  expect(t.median).toBeLessThan(16);
  expect(errors).toEqual([]);
});

/** Whether the row lies inside the visible part of its table's group list and of the table list. */
async function shownInItsList(row: Locator): Promise<boolean> {
  await expect(row).toHaveCount(1);
  return row.evaluate((el) => {
    const r = el.getBoundingClientRect();
    for (const box of [el.closest('.swiss-groups'), el.closest('.swiss-tables-many')]) {
      if (!box) continue;
      const b = box.getBoundingClientRect();
      if (r.top < b.top - 1 || r.bottom > b.bottom + 1) return false;
    }
    return true;
  });
}

/** Steps forward `n` times; the time from each step to the end of the work it queued (render included). */
async function stepTimes(page: Page, n: number): Promise<{ median: number; max: number }> {
  const times = await page.evaluate(async (count) => {
    const out: number[] = [];
    const settle = () => new Promise<void>((r) => setTimeout(r, 0));
    for (let i = 0; i < count; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      window.__gomaplabPlayer!.stepBy(1);
      await settle();
      await settle();
      out.push(performance.now() - t0);
    }
    return out;
  }, n);
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
}

test('Go 1.24+: a map of 40,000 keys (64 tables) opens only the tables of the step, and any other on request', async ({ page }) => {
  const src = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 40000; i++ {\n\t\tm[i] = i\n\t}\n\tprintln(m[77], len(m))\n}\n';
  const errors = collectErrors(page);
  const view = await openAt(page, src, 1, 0);
  await page.evaluate(() => window.__gomaplabPlayer!.seek(window.__gomaplabPlayer!.length()));
  await expect(view.getByTestId('swiss-text')).toContainText(/holds 40000 entries in \d+ tables/);
  const spans = view.getByTestId('swiss-dir-span');
  expect(await spans.count()).toBeGreaterThan(30);
  // Only the looked-up key's table is open, with its probe; a few closed rows are drawn around it.
  await expect(view.getByRole('button', { name: /^Hide the groups of table t\d+$/ })).toHaveCount(1);
  const probed = view.locator('.swiss-dir-span.probed');
  await expect(probed).toHaveCount(1);
  // The lookup's table is scrolled into the list, at the group where its probe started.
  expect(await shownInItsList(view.locator('.swiss-group[data-probe-order="1"]'))).toBe(true);
  const closed = view.getByRole('button', { name: /^Show the groups of table t\d+$/ });
  expect(await closed.count()).toBeGreaterThan(2);
  expect(await closed.count()).toBeLessThan(40);
  const name = (await closed.first().getAttribute('aria-label'))!;
  await closed.first().click();
  await expect(view.getByRole('button', { name: name.replace('Show', 'Hide') })).toBeVisible();
  await shoot(page, 'swiss-many-tables');
  const t = await stepTimes(page, 40);
  test.info().annotations.push({ type: 'step render (40,000 keys)', description: `median ${t.median.toFixed(1)} ms, max ${t.max.toFixed(1)} ms over 40 steps` });
  expect(t.median).toBeLessThan(16);
  expect(errors).toEqual([]);
});

/** The first event of `src`'s Go 1.26 run (as the app runs it) that `pick` accepts, with its index. */
function findEvent(src: string, seed: number, pick: (e: TraceEvent) => boolean): { index: number; e: TraceEvent } | null {
  const reply = createEngineApi().run(src, { seed, procs: 1, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: '1.26' }, 1);
  const r = new TraceReader(reply.trace!);
  for (let i = 0; i < r.length; i++) {
    const e = r.get(i)!;
    if (pick(e)) return { index: i, e };
  }
  return null;
}

async function openAt(page: Page, src: string, seed: number, position: number): Promise<Locator> {
  await openApp(page);
  await goVersion(page).selectOption('1.26');
  await setCode(page, src);
  await run(page, seed, 1);
  await page.evaluate((p) => window.__gomaplabPlayer!.seek(p), position);
  await page.getByRole('tab', { name: 'Map' }).click();
  return swissView(page);
}

const lookups = (n: number) => `package main

import "fmt"

func main() {
	m := make(map[int]int)
	for i := 0; i < ${n}; i++ {
		m[i] = i * 10
	}
	sum := 0
	for i := 0; i < ${n}; i++ {
		sum += m[i]
	}
	fmt.Println(sum, len(m))
}
`;

test('Go 1.24+: stepping onto a lookup shows the hash split into directory bits, H1 and H2, the group it probed and the slot it found', async ({ page }) => {
  const src = lookups(10);
  const hit = findEvent(src, 1, (e) => e.kind === 'swiss.probed' && e.op === 'access');
  expect(hit).not.toBeNull();
  const p = hit!.e as Extract<TraceEvent, { kind: 'swiss.probed' }>;
  expect(p).toMatchObject({ found: true, probes: 1, dirIndex: 0 });
  const errors = collectErrors(page);
  const view = await openAt(page, src, 1, hit!.index + 1);
  const probe = view.getByRole('region', { name: 'Last probe' });
  await expect(probe).toContainText(`access probe for key ${String(p.key)}`);
  await expect(probe.getByTestId('swiss-hash-hex')).toHaveText('0x' + p.hash.toString(16).padStart(8, '0'));
  await expect(probe.getByTestId('swiss-h2')).toHaveText('0x' + (p.hash & 0x7f).toString(16).padStart(2, '0'));
  const bits = (p.hash >>> 0).toString(2).padStart(32, '0');
  // One table of 16 slots: no directory bits, H1's low bit picks one of 2 groups, H2 the low 7.
  await expect(probe.locator('[data-role="h2"] .swiss-bitfield-bits')).toHaveText(bits.slice(25));
  await expect(probe.locator('[data-role="group"] .swiss-bitfield-bits')).toHaveText(bits.slice(24, 25));
  await expect(probe.locator('[data-role="h1"] .swiss-bitfield-bits')).toHaveText(bits.slice(0, 24));
  const group = ((p.hash >>> 7) & 1);
  await expect(probe.getByRole('list', { name: 'groups visited in probe order' }).getByRole('listitem')).toHaveText([`1 group ${group}`]);
  const row = view.locator(`.swiss-group[data-group="${group}"]`);
  await expect(row).toHaveAttribute('data-probe-order', '1');
  const end = row.locator(`[data-slot="${p.slot}"]`);
  await expect(end).toHaveClass(/\bend found\b/);
  await expect(end).toHaveAttribute('aria-label', /^slot \d full, H2 0x[0-9a-f]{2}, key \d+.*the probe found the key here$/);
  await expect(probe.getByTestId('swiss-probe-end')).toHaveText(`found the key at group ${group}, slot ${p.slot % 8}`);
  await expect(view.getByTestId('swiss-text')).toContainText(`Groups visited in order: ${group} (1 group)`);
  await end.scrollIntoViewIfNeeded();
  await shoot(panel(page), 'swiss-probe');
  expect(errors).toEqual([]);
});

test('Go 1.24+: a key whose first group is full probes on into a second group, numbered 2', async ({ page }) => {
  const src = lookups(14);
  let seed = 1;
  let hit: ReturnType<typeof findEvent> = null;
  for (; seed < 60 && hit === null; seed++) hit = findEvent(src, seed, (e) => e.kind === 'swiss.probed' && e.probes >= 2 && e.table >= 0);
  seed--;
  expect(hit).not.toBeNull();
  const p = hit!.e as Extract<TraceEvent, { kind: 'swiss.probed' }>;
  const first = (p.hash >>> 7) & 1;
  const errors = collectErrors(page);
  const view = await openAt(page, src, seed, hit!.index + 1);
  const path = view.getByRole('list', { name: 'groups visited in probe order' }).getByRole('listitem');
  await expect(path).toHaveText([`1 group ${first}`, `2 group ${1 - first}`]);
  await expect(view.locator(`.swiss-group[data-group="${first}"]`)).toHaveAttribute('data-probe-order', '1');
  await expect(view.locator(`.swiss-group[data-group="${1 - first}"]`)).toHaveAttribute('data-probe-order', '2');
  // The first group is full: all 8 control bytes hold an H2, so the probe could not stop there.
  await expect(view.locator(`.swiss-group[data-group="${first}"] [data-ctrl="full"]`)).toHaveCount(8);
  if (p.slot >= 0) await expect(view.locator(`.swiss-group[data-group="${1 - first}"] [data-slot="${p.slot}"]`)).toHaveClass(/\bend\b/);
  await view.locator(`.swiss-group[data-group="${1 - first}"]`).scrollIntoViewIfNeeded();
  await shoot(panel(page), 'swiss-probe-two-groups');
  expect(errors).toEqual([]);
});

test('Go 1.24+: deleting from a group with no empty slot leaves a tombstone (0xFE)', async ({ page }) => {
  const src = 'package main\n\nfunc main() {\n\tm := make(map[int]int)\n\tfor i := 0; i < 100; i++ {\n\t\tm[i] = i\n\t}\n\tfor i := 0; i < 100; i += 2 {\n\t\tdelete(m, i)\n\t}\n\tprintln(len(m))\n}\n';
  const hit = findEvent(src, 1, (e) => e.kind === 'swiss.slot.deleted' && e.ctrlAfter === 0xfe);
  expect(hit).not.toBeNull();
  const d = hit!.e as Extract<TraceEvent, { kind: 'swiss.slot.deleted' }>;
  const errors = collectErrors(page);
  const view = await openAt(page, src, 1, hit!.index + 1);
  const cell = view.locator(`[data-table="${d.table}"] [data-slot="${d.slot}"]`);
  await expect(cell).toHaveAttribute('data-ctrl', 'deleted');
  await expect(cell).toHaveText('FEtomb');
  await expect(cell).toHaveAttribute('aria-label', /^slot \d deleted, a tombstone \(0xfe\)/);
  // The delete's own probe ended on that slot.
  await expect(view.getByRole('region', { name: 'Last probe' })).toContainText(`delete probe for key ${String(d.key)}`);
  await expect(view.getByTestId('swiss-text')).toContainText(/[1-9]\d* tombstones/);
  await cell.scrollIntoViewIfNeeded();
  await shoot(panel(page), 'swiss-tombstone');
  expect(errors).toEqual([]);
});

test('Go 1.24+: stepping over a grow says which table became which, and the replaced table still shows the probe that found no room', async ({ page }) => {
  const src = lookups(20);
  const grown = findEvent(src, 1, (e) => e.kind === 'swiss.table.grown');
  expect(grown).not.toBeNull();
  const g = grown!.e as Extract<TraceEvent, { kind: 'swiss.table.grown' }>;
  const errors = collectErrors(page);
  const view = await openAt(page, src, 1, grown!.index + 1);
  await expect(view.getByTestId('swiss-rehash')).toHaveText(
    new RegExp(`^Just now: Last rebuild: table t${g.old} \\(16 slots\\) was rehashed into t${g.tables[0].table} \\(32 slots\\), dropping its tombstones\\.`),
  );
  const old = view.getByTestId('swiss-replaced-table');
  await expect(old).toContainText(`replaced table t${g.old} · 16 slots, 2 groups · used 14 · growthLeft 0`);
  await old.getByRole('button', { name: `Show the groups of table t${g.old}` }).click();
  // The insert's probe went through the old table and found no room (growthLeft 0).
  await expect(old.locator('.swiss-group[data-probe-order="1"]')).toHaveCount(1);
  await expect(view.getByRole('region', { name: 'Last probe' })).toContainText('found no room: growthLeft is 0');
  await expect(view.getByRole('region', { name: 'Last probe' })).toContainText('its table has since been rebuilt');
  await expect(view.locator(`[data-testid="swiss-table"][data-table="${g.tables[0].table}"]`)).toContainText('just built');
  await view.getByTestId('swiss-rehash').scrollIntoViewIfNeeded();
  await shoot(panel(page), 'swiss-grown');
  expect(errors).toEqual([]);
});
