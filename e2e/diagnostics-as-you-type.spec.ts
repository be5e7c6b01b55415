// Story: a learner makes a mistake while typing, sees Go's own message at once, fixes it, and it goes away.
import { expect, test } from '@playwright/test';
import { expectNoProblems, openApp, problemHints, problemLines, problemsPanel, setCode } from './support/app.ts';

const clean = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	counts := map[string]int{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		counts["go"]++
	}()
	wg.Wait()
	fmt.Println(counts)
}
`;

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await setCode(page, clean);
  await expectNoProblems(page);
});

test('typing an undefined name shows a squiggle and Go\'s message, and fixing it clears both', async ({ page }) => {
  // Put the cursor at the end of line 17 (`	wg.Wait()`) by clicking the editor and using the keyboard.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < 17; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('wq.Wait()', { delay: 15 });

  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await expect(problemsPanel(page).getByRole('heading')).toHaveText('Problems (1)');
  expect(await problemLines(page)).toEqual(['error prog.go:18:2: undefined: wq']);
  // A teaching hint may follow, shown apart: it never replaces Go's message.
  for (const hint of await problemHints(page)) expect(hint).not.toContain('undefined: wq');
  const markers = await page.evaluate(() => window.__gomaplab!.markers());
  expect(markers).toMatchObject([{ severity: 8, message: 'undefined: wq', startLineNumber: 18, startColumn: 2, endColumn: 4 }]);

  // Fix it: select the mistyped line and delete it.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expectNoProblems(page);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
});

test('errors are listed as gc prints them, in gc\'s order', async ({ page }) => {
  await setCode(
    page,
    `package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	wg.Wait()
	fmt.Println()
}
`,
  );
  await expect(problemsPanel(page).getByRole('heading')).toHaveText('Problems (3)');
  // The same three lines (file name aside) as \`go build\` with Go 1.23.
  expect(await problemLines(page)).toEqual([
    'error prog.go:5:2: "os" imported and not used',
    'error prog.go:9:2: declared and not used: x',
    'error prog.go:10:2: undefined: wg',
  ]);
  await expect(problemsPanel(page).locator('.problems-summary')).toHaveText('3 errors');
  // Screen readers hear the outcome once, not every check's timing.
  await expect(problemsPanel(page).getByRole('status')).toHaveText('3 errors');
});

test('a copied lock is a vet warning, shown apart from errors', async ({ page }) => {
  await setCode(
    page,
    `package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func report(c counter) {
	fmt.Println(len(c.n))
}

func main() {
	c := counter{n: map[string]int{}}
	report(c)
}
`,
  );
  // go vet (Go 1.23) reports 13:15 "report passes lock by value" and 19:9 "call of report copies lock value".
  await expect(problemsPanel(page).locator('.problems-summary')).toHaveText(/^\d vet warnings?$/);
  const lines = await problemLines(page);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line).toMatch(/^vet prog\.go:(13:15|19:9): .*lock/);
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible();
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
});

test('choosing a problem moves the editor cursor to it', async ({ page }) => {
  await setCode(page, clean.replace('\twg.Wait()', '\tmissing()'));
  const entry = problemsPanel(page).getByRole('button', { name: /undefined: missing/ });
  await expect(entry).toBeVisible();
  await entry.click();
  // The cursor is now at line 16, column 2: typing lands right before `missing`.
  await page.keyboard.type('_ = 1; ');
  await expect.poll(async () => (await page.evaluate(() => window.__gomaplab!.getCode())).split('\n')[15]).toBe('\t_ = 1; missing()');
});

test('a non-ASCII line still gets its squiggle under the right name', async ({ page }) => {
  await setCode(page, clean.replace('\twg.Wait()', '\ts := "größe 😀"; _ = s; wq.Wait()'));
  const markers = await expect.poll(() => page.evaluate(() => window.__gomaplab!.markers())).toHaveLength(1).then(() => page.evaluate(() => window.__gomaplab!.markers()));
  const line = (await page.evaluate(() => window.__gomaplab!.getCode())).split('\n')[15];
  const m = markers[0];
  expect(line.slice(m.startColumn - 1, m.endColumn - 1)).toBe('wq');
  // gc counts bytes: ö and ß (2 bytes, 1 UTF-16 unit each) and the emoji (4 bytes, 2 units) put
  // Go's column 4 to the right of Monaco's.
  expect(await problemLines(page)).toEqual([`error prog.go:16:${m.startColumn + 4}: undefined: wq`]);
});
