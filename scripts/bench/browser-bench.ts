// Browser latency: time from an edit to the Problems panel showing its result, on the built app.
//
// Two kinds of edit: the test hook's setCode (what a paste or Reset does) and real keystrokes
// (timed from the last keydown). Both include the app's deliberate typing pause (checkDelayMs),
// because that is part of what the learner waits for. Timing runs inside the page
// (performance.now, a MutationObserver on the panel) so Playwright's round trips do not count.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { reportLine } from './stats.ts';

export const latencyTargetMs = 100;
const port = 4174;
const root = new URL('../../', import.meta.url);

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const bundled = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return '';
    }
  })();
  return bundled && existsSync(bundled) ? undefined : '/usr/bin/chromium';
}

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(command, args, { cwd: root, stdio: 'ignore' });
    p.on('exit', (code) => resolve(code ?? 1));
    p.on('error', () => resolve(1));
  });
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on port ${port}`);
}

function stopPreview(server: ChildProcess): void {
  // The server was started in its own process group; end that group (npx and vite under it).
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Sets the program and resolves with ms until the panel contains `expected`. */
function timeSetCode(page: Page, code: string, expected: string): Promise<number> {
  return page.evaluate(
    ([text, want]) =>
      new Promise<number>((resolve) => {
        const panel = document.querySelector('.problems')!;
        const t0 = performance.now();
        // An edit whose result never shows counts as NaN (reported), instead of hanging the bench.
        setTimeout(() => {
          observer.disconnect();
          resolve(NaN);
        }, 5000);
        const observer = new MutationObserver(() => {
          if (panel.textContent?.includes(want)) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(panel, { subtree: true, childList: true, characterData: true });
        window.__gomaplab!.setCode(text);
      }),
    [code, expected] as const,
  );
}

/** Types `text` at the cursor; resolves with ms from the last keydown until the panel contains `expected`. */
async function timeTyping(page: Page, text: string, expected: string): Promise<number> {
  await page.evaluate((want) => {
    const w = window as unknown as { __benchLatency: Promise<number> };
    let lastKey = 0;
    const onKey = () => (lastKey = performance.now());
    document.addEventListener('keydown', onKey, true);
    const panel = document.querySelector('.problems')!;
    w.__benchLatency = new Promise<number>((resolve) => {
      setTimeout(() => {
        observer.disconnect();
        document.removeEventListener('keydown', onKey, true);
        resolve(NaN);
      }, 5000);
      const observer = new MutationObserver(() => {
        if (panel.textContent?.includes(want)) {
          observer.disconnect();
          document.removeEventListener('keydown', onKey, true);
          resolve(performance.now() - lastKey);
        }
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true });
    });
  }, expected);
  await page.keyboard.type(text);
  return page.evaluate(() => (window as unknown as { __benchLatency: Promise<number> }).__benchLatency);
}

/** The report line for finished edits, and a note for any whose result never appeared. */
function report(label: string, samples: number[]): string[] {
  const done = samples.filter((x) => !Number.isNaN(x));
  const lost = samples.length - done.length;
  const lines = done.length ? [reportLine(label, done, latencyTargetMs, 'edits')] : [];
  if (lost) lines.push(`${label}: ${lost} of ${samples.length} edits showed no result within 5 s`);
  return lines;
}

export async function benchBrowser(sample: string, large: string, edits = 20): Promise<string[]> {
  // Always a fresh production build (a few seconds): a dist/ left from older code would measure the past.
  if ((await run('npx', ['vite', 'build'])) !== 0) return ['browser: skipped — `vite build` failed'];
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
    // functions passed to page.evaluate run in the page, where that helper must exist too.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 30_000 });
    const out: string[] = [];
    const delay = await page.evaluate(() => window.__gomaplab!.checkDelayMs());
    out.push(`browser: each figure includes the app's ${delay} ms pause after typing before it checks`);

    // Each edit introduces an undefined name never used before, so the panel must change to show it.
    let serial = 0;
    const withError = (base: string, name: string) => base.replace(/\n\}\n*$/, `\n\t${name}()\n}\n`);
    for (const [label, base] of [['30-line sample', sample], [`${large.split('\n').length}-line program`, large]] as const) {
      const samples: number[] = [];
      for (let i = -1; i < edits; i++) {
        const name = `bench${serial++}`;
        const ms = await timeSetCode(page, withError(base, name), `undefined: ${name}`);
        if (i >= 0) samples.push(ms); // the first edit warms up
      }
      out.push(...report(`browser: setCode → Problems panel, ${label}`, samples));
    }

    // Real typing: a fresh undefined name per edit, typed on a new line at the end of main.
    const typed: number[] = [];
    for (let i = -1; i < edits; i++) {
      await page.evaluate((text) => window.__gomaplab!.setCode(text), sample);
      await page.locator('.monaco-editor .view-lines').click();
      await page.keyboard.press('Control+End'); // the empty line after the closing brace
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp'); // the last statement of main
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const name = `typed${serial++}`;
      // Ends on a letter or digit: an auto-closed `)` would be a keystroke that changes nothing.
      const ms = await timeTyping(page, `_ = ${name}`, `undefined: ${name}`);
      if (i >= 0) typed.push(ms);
    }
    out.push(...report('browser: last keystroke → Problems panel, 30-line sample', typed));
    return out;
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
