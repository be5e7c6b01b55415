// Story: the learner steps to the moment one goroutine holds a Mutex while others queue for it, and
// sees the owner and the waiters in order; then watches a buffered channel's ring fill up.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createEngineApi } from '../src/worker/engine-api.ts';
import { TraceCursor } from '../src/engine/trace/state/cursor.ts';
import { lockRows, type LockRow } from '../src/ui/views/locks/lock-model.ts';
import { chanRows, type ChanRow } from '../src/ui/views/channels/chan-model.ts';
import { collectErrors, openApp, setCode } from './support/app.ts';
import { defaultGoVersion } from '../src/ui/store/settings-slice.ts';

const screenshots = join(process.env.E2E_RESULTS ?? 'test-results', 'screenshots');

async function shoot(target: Page | Locator, view: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await target.screenshot({ path: join(screenshots, `${view}.png`) });
}

// Tall enough that the views pane shows a whole card list without scrolling (for the screenshots).
test.use({ viewport: { width: 1280, height: 1200 } });

const seed = 1;
const procs = 2;

/** Runs `source` through the labelled controls and waits for the answer. */
async function run(page: Page, source: string): Promise<void> {
  await setCode(page, source);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill(String(seed));
  await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption(String(procs));
  const before = await page.evaluate(() => window.__gomaplab!.runsDone());
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction((n) => window.__gomaplab!.runsDone() > n, before, { timeout: 20_000 });
}

/** The same run in Node through the worker's implementation, and the first position where `pick` finds what to show. */
function firstPosition<T>(source: string, pick: (c: TraceCursor) => T | undefined): { position: number; found: T } {
  const reply = createEngineApi().run(source, { seed, procs, policy: 'random', maxSteps: 10_000_000_000, trace: true, goVersion: defaultGoVersion }, 1);
  const cursor = new TraceCursor(reply.trace!);
  while (cursor.forward()) {
    const found = pick(cursor);
    if (found !== undefined) return { position: cursor.position, found };
  }
  throw new Error('the run never reached the state the test wants to show');
}

async function seek(page: Page, position: number): Promise<void> {
  await page.getByRole('slider', { name: 'Position' }).fill(String(position));
  await expect(page.getByTestId('player-position')).toContainText(`· ${position.toLocaleString('en-US')}/`);
}

const mutexProgram = `package main

import (
	"fmt"
	"sync"
	"time"
)

type Store struct {
	mu sync.Mutex
	n  int
}

func main() {
	s := &Store{}
	var wg sync.WaitGroup
	s.mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.mu.Lock()
			s.n++
			s.mu.Unlock()
		}()
		time.Sleep(time.Microsecond)
	}
	s.mu.Unlock()
	wg.Wait()
	fmt.Println(s.n)
}
`;

const chanProgram = `package main

import "fmt"

func main() {
	jobs := make(chan int, 4)
	done := make(chan bool)
	jobs <- 10
	jobs <- 20
	jobs <- 30
	fmt.Println("first job", <-jobs)
	jobs <- 40
	jobs <- 50
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
		done <- true
	}()
	jobs <- 60
	close(jobs)
	<-done
}
`;
test('a held Mutex shows its owner and its waiters in the order they queued', async ({ page }) => {
  const errors = collectErrors(page);
  const { position, found } = firstPosition<LockRow>(mutexProgram, (c) => lockRows(c.state.sync).find((r) => r.name === 's.mu' && r.waiters.length === 3));
  expect(found.stateText).toBe('locked by g1');
  await openApp(page);
  await run(page, mutexProgram);
  await page.getByRole('tab', { name: 'Locks' }).click();
  await seek(page, position);
  const view = page.getByRole('region', { name: 'Locks' });
  const card = view.locator('li[data-lock="s.mu"]');
  await expect(card.getByTestId('lock-state')).toContainText('locked by g1');
  await expect(card.getByTestId('lock-waiters').locator('.goroutine-chip')).toHaveText(found.waiters.map((w) => `g${w.g}`));
  // The text form a screen reader reads is the same sentence the model gives.
  await expect(card.locator('.visually-hidden')).toHaveText(found.summary);
  await expect(card.locator('.visually-hidden')).toContainText('3 waiting, in order: g2, g3, g4');
  // The WaitGroup is there too, with its counter; only the lock the statement changed is marked.
  await expect(view.locator('li[data-lock="wg"]')).toContainText('counter 3');
  await expect(card).toHaveAttribute('data-changed', 'true');
  await expect(view.locator('li[data-lock="wg"]')).not.toHaveAttribute('data-changed');
  await shoot(view, 'locks');
  // One step back from there, the third waiter has not queued yet.
  await seek(page, position - 1);
  await expect(card.getByTestId('lock-waiters').locator('.goroutine-chip')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a buffered channel shows its values in their ring slots with sendx and recvx', async ({ page }) => {
  const errors = collectErrors(page);
  const { position, found } = firstPosition<ChanRow>(chanProgram, (c) => chanRows(c.state.sync).find((r) => r.name === 'jobs' && r.count === 4 && r.senders.length === 1));
  await openApp(page);
  await run(page, chanProgram);
  await page.getByRole('tab', { name: 'Channels' }).click();
  await seek(page, position);
  const view = page.getByRole('region', { name: 'Channels' });
  const card = view.locator('li[data-chan="jobs"]');
  await expect(card).toContainText('len 4 / cap 4');
  const cells = card.getByTestId('chan-ring').locator('.chan-cell-value');
  await expect(cells).toHaveText(found.cells.map((c) => c.text ?? ''));
  await expect(card.locator(`.chan-cell[data-slot="${found.sendx}"] .chan-mark-sendx`)).toBeVisible();
  await expect(card.locator(`.chan-cell[data-slot="${found.recvx}"] .chan-mark-recvx`)).toBeVisible();
  await expect(card.locator('.visually-hidden')).toHaveText(found.summary);
  // The ring wrapped: 10 left slot 0, and 50 went into it after 40 filled slot 3.
  expect(found.cells.map((c) => c.text)).toEqual(['50', '20', '30', '40']);
  expect([found.sendx, found.recvx]).toEqual([1, 1]);
  // main is blocked sending 60, with the buffer full.
  await expect(card.getByTestId('chan-senders')).toContainText('g1 ← 60');
  await expect(view.locator('li[data-chan="done"]')).toContainText('unbuffered');
  await shoot(view, 'channels');
  expect(errors).toEqual([]);
});

// The holder sleeps 2 ms with the lock held: main, woken and beaten to the lock, has then waited
// over 1 ms and switches the mutex to starvation mode.
const starvingProgram = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			mu.Lock()
			time.Sleep(2 * time.Millisecond)
			mu.Unlock()
		}
		done <- true
	}()
	time.Sleep(time.Millisecond)
	mu.Lock()
	fmt.Println("main got the lock")
	mu.Unlock()
	<-done
}
`;

test('a Mutex whose waiter waited over 1 ms shows starvation mode', async ({ page }) => {
  const errors = collectErrors(page);
  const { position, found } = firstPosition<LockRow>(starvingProgram, (c) => lockRows(c.state.sync).find((r) => r.name === 'mu' && r.starving && r.waiters.length > 0));
  await openApp(page);
  await run(page, starvingProgram);
  await page.getByRole('tab', { name: 'Locks' }).click();
  await seek(page, position);
  const card = page.getByRole('region', { name: 'Locks' }).locator('li[data-lock="mu"]');
  await expect(card.getByTestId('lock-state')).toContainText('starvation mode');
  await expect(card.locator('.visually-hidden')).toHaveText(found.summary);
  await expect(card.locator('.visually-hidden')).toContainText('starvation mode: unlocks hand the lock to the first waiter');
  await shoot(card, 'locks-starvation');
  expect(errors).toEqual([]);
});
