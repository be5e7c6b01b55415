// Story: a course page embeds a scenario in an iframe; the embed shows the editor, the run controls
// and the chosen views, runs the scenario, and links to the full app with the same scenario.
import { chromium, expect, test, type Frame, type Page } from '@playwright/test';
import { collectErrors, getCode, openApp, setCode } from './support/app.ts';

const program = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tm := map[int]string{1: "one"}\n\tfmt.Println("embedded", m[1])\n}\n';
const screenshots = `${process.env.E2E_RESULTS ?? 'test-results'}/screenshots`;

/** A share link for `program` with seed 77, made by the app itself (the Share command, clipboard granted). */
async function linkFor(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await setCode(page, program);
  await page.getByRole('spinbutton', { name: 'Seed' }).fill('77');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  return page.evaluate(() => navigator.clipboard.readText());
}

function embedSrc(link: string, views: string): string {
  const u = new URL(link);
  return `${u.origin}${u.pathname}?embed=1&views=${views}${u.hash}`;
}

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 20_000 });
  return frame!;
}

test('the embed renders inside an iframe on another page, runs the scenario, and shows only the chosen views', async ({ page, browser }) => {
  const link = await linkFor(page);
  const course = await (await browser.newContext()).newPage();
  const errors = collectErrors(course);
  await course.setContent(
    `<!doctype html><title>A course page</title><h1>Why maps crash</h1><iframe title="Go Map Lab" src="${embedSrc(link, 'console')}" width="760" height="480" style="border:1px solid #ccc"></iframe>`,
  );
  const frame = await appFrame(course);
  const inside = course.frameLocator('iframe');
  expect(await frame.evaluate(() => window.__gomaplab!.getCode())).toBe(program);
  await frame.waitForFunction(() => window.__gomaplab!.runsDone() > 0, undefined, { timeout: 20_000 });
  await expect(inside.getByRole('region', { name: 'Console' }).locator('.console-output')).toHaveText('embedded one\n');
  await expect(inside.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  await expect(inside.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('77');
  // Chosen views only: the Console, not Problems; no page navigation, no editor toolbar.
  await expect(inside.locator('.problems')).toBeHidden();
  await expect(inside.getByRole('tablist', { name: 'Views' })).toBeHidden();
  await expect(inside.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  await expect(inside.getByRole('button', { name: 'Reset to sample program' })).toBeHidden();
  // The link out opens the full app (no embed parameters) with the same scenario, in a new tab.
  const out = inside.getByRole('link', { name: 'Open in Go Map Lab' });
  await expect(out).toHaveAttribute('target', '_blank');
  const href = (await out.getAttribute('href'))!;
  expect(href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s1=/);
  await course.screenshot({ path: `${screenshots}/embed-iframe.png` });

  const full = await (await browser.newContext()).newPage();
  await openApp(full, href);
  expect(await getCode(full)).toBe(program);
  await expect(full.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('77');
  await expect(full.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an embed can show Problems beside the Console, and chosen views beside the editor (the first one open)', async ({ page }) => {
  const link = await linkFor(page);
  await page.setContent(`<iframe title="Go Map Lab" src="${embedSrc(link, 'problems,console,map,goroutines')}" width="900" height="560"></iframe>`);
  await appFrame(page);
  const inside = page.frameLocator('iframe');
  await expect(inside.locator('.problems')).toBeVisible();
  await expect(inside.getByRole('region', { name: 'Console' })).toBeVisible();
  // Of the tab views only the chosen ones are offered, and the first chosen is open.
  const tabs = inside.getByRole('tablist', { name: 'Views' });
  await expect(tabs.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Goroutines' })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'Locks' })).toBeHidden();
  await expect(tabs.getByRole('tab', { name: 'Channels' })).toBeHidden();
  await expect(inside.locator('.timeline')).toBeHidden();
  await expect(inside.getByRole('region', { name: 'Schedule explorer' })).toBeHidden();
  await expect(inside.getByRole('button', { name: 'Lessons', exact: true })).toBeHidden();
  await page.screenshot({ path: `${screenshots}/embed-with-views.png` });
});

test('an embed on a page of the app\'s own origin leaves the learner\'s saved program alone', async ({ page }) => {
  const link = await linkFor(page);
  const mine = 'package main\n\n// my own work in the full app\nfunc main() {}\n';
  await setCode(page, mine);
  const origin = new URL(link).origin;
  await page.route(`${origin}/course.html`, (r) =>
    r.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Course</title><iframe title="Go Map Lab" src="${embedSrc(link, 'console')}" width="760" height="480"></iframe>` }),
  );
  await page.goto(`${origin}/course.html`);
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => window.__gomaplab!.getCode())).toBe(program);
  await frame.evaluate(() => window.__gomaplab!.setCode('package main\n\n// typed in the embed\nfunc main() {}\n'));
  await openApp(page);
  expect(await getCode(page)).toBe(mine);
});

test('a cross-origin isolated course page (COEP require-corp) on another origin can embed the app', async ({ page }) => {
  const link = await linkFor(page);
  // The course page is on localhost, the app on 127.0.0.1: two origins, both secure contexts, so the
  // course page is cross-origin isolated and only loads frames that opt in (CORP cross-origin).
  // Chromium's local-network checks would block localhost framing 127.0.0.1 for another reason, so
  // this test's browser runs without them.
  const launch = test.info().project.use.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), '--disable-features=LocalNetworkAccessChecks'] });
  try {
    const host = await browser.newPage();
    const course = `http://localhost:${new URL(link).port}/isolated-course.html`;
    await host.route(course, (r) =>
      r.fulfill({
        contentType: 'text/html',
        headers: { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' },
        body: `<!doctype html><title>Course</title><iframe title="Go Map Lab" src="${embedSrc(link, 'console')}" width="760" height="480"></iframe>`,
      }),
    );
    await host.goto(course);
    expect(await host.evaluate(() => window.crossOriginIsolated)).toBe(true);
    const inside = host.frameLocator('iframe');
    await expect(inside.getByRole('region', { name: 'Console' }).locator('.console-output')).toHaveText('embedded one\n', { timeout: 20_000 });
  } finally {
    await browser.close();
  }
});

test('an embed always shows the Playground, even when its address asks for the Lab', async ({ page }) => {
  await page.setContent(`<iframe title="Go Map Lab" src="${new URL('./?embed=1&page=lab', test.info().project.use.baseURL).href}" width="760" height="480"></iframe>`);
  await appFrame(page);
  const inside = page.frameLocator('iframe');
  await expect(inside.getByRole('main', { name: 'Playground' })).toBeVisible();
  await expect(inside.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
});
