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

export async function benchBrowser(sample: string, large: string, edits = 20): Promise<string[]> {
  if (!existsSync(new URL('dist/index.html', root))) {
    if ((await run('npx', ['vite', 'build'])) !== 0) return ['browser: skipped — `vite build` failed'];
  }
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 30_000 });
    const out: string[] = [];
    const delay = await page.evaluate(() => window.__gomaplab!.checkDelayMs());
    out.push(`browser: each figure includes the app's ${delay} ms pause after typing before it checks`);

    // Each edit introduces a different undefined name, so the panel must change to show it.
    const withError = (base: string, n: number) => base.replace(/\n\}\n*$/, `\n\tbench${n}()\n}\n`);
    for (const [label, base] of [['30-line sample', sample], [`${large.split('\n').length}-line program`, large]] as const) {
      const samples: number[] = [];
      await timeSetCode(page, withError(base, 999), 'undefined: bench999'); // warm-up
      for (let i = 0; i < edits; i++) samples.push(await timeSetCode(page, withError(base, i), `undefined: bench${i}`));
      out.push(reportLine(`browser: setCode → Problems panel, ${label}`, samples, latencyTargetMs, 'edits'));
    }

    // Real typing: a fresh undefined name per edit on a new last line of main.
    await page.evaluate((text) => window.__gomaplab!.setCode(text), sample);
    await page.locator('.monaco-editor .view-lines').click();
    const typed: number[] = [];
    for (let i = 0; i < edits; i++) {
      await page.keyboard.press('Control+End');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      const name = `typed${String.fromCharCode(97 + (i % 26))}${i}`;
      typed.push(await timeTyping(page, `${name}()`, `undefined: ${name}`));
      // Remove the line again so the next edit starts from a clean program.
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
    }
    out.push(reportLine('browser: last keystroke → Problems panel, 30-line sample', typed, latencyTargetMs, 'edits'));
    return out;
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
