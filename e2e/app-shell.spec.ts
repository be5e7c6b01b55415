// Story: a learner opens the app, finds the editor with a sample program, and never loses work.
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, editorLines, getCode, openApp, setCode } from './support/app.ts';

/**
 * Asserts every control in the accessibility tree has a non-empty accessible name and counts them.
 * getByRole leaves out what the tree leaves out: `hidden` pages, aria-hidden helpers such as
 * Monaco's IME textarea. Monaco's input surface (a zero-size EditContext textbox) is included.
 */
async function namedControls(page: Page): Promise<number> {
  const roles = ['button', 'link', 'textbox', 'checkbox', 'radio', 'combobox', 'tab', 'menuitem', 'slider', 'spinbutton', 'switch'] as const;
  let count = 0;
  for (const role of roles) {
    for (const control of await page.getByRole(role).all()) {
      count++;
      await expect(control, `a ${role} without an accessible name`).toHaveAccessibleName(/\S/);
    }
  }
  return count;
}

test('the page loads without console errors, cross-origin isolated, with the editor and the sample program', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('heading', { name: 'Go Map Lab' })).toBeVisible();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  // The first-visit program: a map written by goroutines under a WaitGroup, with no lock.
  const code = await getCode(page);
  expect(code).toContain('sync.WaitGroup');
  expect(code).toContain('go func(');
  expect((await editorLines(page)).join('\n')).toContain('counts := make(map[string]int)');
  // It is a valid program: the checker answers with no problems.
  await expect(page.getByRole('region', { name: /Problems/ }).getByText(/^No problems:/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('code survives a reload', async ({ page }) => {
  await openApp(page);
  const mine = 'package main\n\n// my work in progress\nfunc main() {\n}\n';
  await setCode(page, mine);
  // Real typing too: the persisted text is what the editor holds.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// typed');
  const expected = `${mine}// typed`;
  await expect.poll(() => getCode(page)).toBe(expected);
  await page.reload();
  await page.waitForFunction(() => window.__gomaplab?.editorReady() === true);
  expect(await getCode(page)).toBe(expected);
  expect((await editorLines(page)).join('\n')).toContain('// my work in progress');
});

test('every button and link has an accessible name', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n\tundefinedThing()\n}\n');
  await expect(page.getByRole('region', { name: /Problems/ }).getByRole('button')).toHaveCount(1);
  expect(await namedControls(page)).toBeGreaterThanOrEqual(9); // 2 links, 5 toolbar buttons, the editor, 1 problem
  // The toolbar's names are the registry's labels.
  for (const name of ['Previous problem', 'Next problem', 'Reset to sample program', 'Smaller editor text', 'Larger editor text']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Next problem' })).toHaveAttribute('aria-keyshortcuts', 'F8');
  // The Lab page too.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Lab' }).click();
  await expect(page.locator('.monaco-editor')).toBeHidden();
  expect(await namedControls(page)).toBeGreaterThanOrEqual(2);
});

test('the header navigates to the Lab and back, with the page in the address bar', async ({ page }) => {
  const errors = collectErrors(page);
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Pages' });
  await nav.getByRole('link', { name: 'Lab' }).click();
  await expect(page).toHaveURL(/\?page=lab$/);
  await expect(page.getByRole('region', { name: /lab/i })).toBeVisible();
  await expect(page.locator('.monaco-editor')).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Lab' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Playground' })).toHaveAttribute('aria-current', 'page');
  // A direct link opens the Lab.
  await page.goto('./?page=lab');
  await expect(page.getByRole('region', { name: /lab/i })).toBeVisible();
  expect(errors).toEqual([]);
});

test('Next problem and Reset work from the toolbar', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n\ta()\n\tb()\n}\n');
  await expect(page.getByRole('region', { name: /Problems/ }).getByRole('heading')).toHaveText('Problems (2)');
  await page.getByRole('button', { name: 'Next problem' }).click();
  await page.getByRole('button', { name: 'Next problem' }).click();
  await page.keyboard.type('x');
  await expect.poll(() => getCode(page)).toContain('\txb()');
  await page.getByRole('button', { name: 'Reset to sample program' }).click();
  await expect.poll(() => getCode(page)).toContain('sync.WaitGroup');
});

test('registry shortcuts work inside the editor, and the text size commands resize it', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n\tfirst()\n\tsecond()\n}\n');
  await expect(page.getByRole('region', { name: /Problems/ }).getByRole('heading')).toHaveText('Problems (2)');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await page.keyboard.press('F8');
  await page.keyboard.press('Shift+F8');
  await page.keyboard.type('x');
  await expect.poll(() => getCode(page)).toContain('\txfirst()');

  const fontSize = () => page.locator('.monaco-editor .view-lines').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await fontSize();
  await page.getByRole('button', { name: 'Larger editor text' }).click();
  await page.getByRole('button', { name: 'Larger editor text' }).click();
  await expect.poll(fontSize).toBe(before + 2);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+Shift+Minus');
  await expect.poll(fontSize).toBe(before + 1);
});

test('if the editor chunk cannot load, the plain editor keeps the code editable and checked', async ({ page }) => {
  await page.route(/MonacoEditorCore-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  const plain = page.getByRole('textbox', { name: 'Go program' });
  await expect(plain).toHaveValue(/sync\.WaitGroup/);
  await plain.fill('package main\n\nfunc main() {\n\tnope()\n}\n');
  await expect(page.getByRole('region', { name: /Problems/ }).getByRole('button')).toHaveText(/prog\.go:4:2: undefined: nope/);
  expect(await page.evaluate(() => window.__gomaplab!.editorReady())).toBe(false);
});

test('fast typing loses no keystrokes while checks come and go', async ({ page }) => {
  await openApp(page);
  await setCode(page, 'package main\n\nfunc main() {\n}\n');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  const text = '// ' + 'the quick brown gopher jumps over the lazy mutex '.repeat(4);
  await page.keyboard.type(text); // no delay between keys
  await expect.poll(() => getCode(page)).toBe(`package main\n\nfunc main() {\n}\n${text}`);
});
