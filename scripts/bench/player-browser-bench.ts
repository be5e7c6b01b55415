// The player in Chromium, on the production build: page load to editor ready (first paint must not
// wait for Monaco), and on a ~1M-event run, Step / Back / seek latency including React's re-render
// of the mounted views (Goroutines, narration, timeline, Console, editor marks).
//
// Each move is timed inside the page: from the call to the store action until a macrotask after it
// (React renders store updates synchronously, and its effects, the editor marks among them, run
// before that task), and until the next animation frame begins (the frame that paints the move; this
// includes waiting for the display's next frame, up to 16.7 ms at 60 Hz).
// Run alone: `npx tsx scripts/bench/player-browser-bench.ts` (BENCH_DIST=/tmp/dist-x serves another build).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { playerBenchProgram } from './player-program.ts';
import { reportLine } from './stats.ts';

const root = new URL('../../', import.meta.url);
const port = Number(process.env.BENCH_PLAYER_PORT) || 4175;
const dist = process.env.BENCH_DIST;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // fall through to the system browser
  }
  return '/usr/bin/chromium';
}

async function startPreview(): Promise<ChildProcess> {
  const args = ['vite', 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port), ...(dist ? ['--outDir', dist] : [])];
  const server = spawn('npx', args, { cwd: root, stdio: 'ignore', detached: true });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on port ${port}`);
}

function stopPreview(server: ChildProcess): void {
  if (server.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Page load: first contentful paint and the moment Monaco is ready, from navigation start. */
async function timeLoad(page: Page): Promise<{ fcp: number; ready: number }> {
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: (window as unknown as { __readyAt: number }).__readyAt,
  }));
}

type Move = { kind: 'step'; dir: 1 | -1 } | { kind: 'seek'; to: number };

/** Times one move in the page: [ms to the next task, ms to the next animation frame]. */
function timeMove(page: Page, move: Move): Promise<[number, number]> {
  return page.evaluate(
    (m) =>
      new Promise<[number, number]>((resolve) => {
        const hook = window.__gomaplabPlayer!;
        const channel = new MessageChannel();
        const t0 = performance.now();
        if (m.kind === 'step') hook.stepBy(m.dir);
        else hook.seek(m.to);
        channel.port1.onmessage = () => {
          const work = performance.now() - t0;
          requestAnimationFrame(() => resolve([work, performance.now() - t0]));
        };
        channel.port2.postMessage(null);
      }),
    move,
  );
}

export async function benchPlayerBrowser(events = 1_000_000, samples = 40): Promise<string[]> {
  if (!dist && !existsSync(new URL('dist/index.html', root))) return ['player (browser): skipped — no dist/ (run `npx vite build`)'];
  const server = await startPreview();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const out: string[] = [];
  try {
    // Page load, five fresh pages (no cache shared between them).
    const fcps: number[] = [];
    const readies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript({
        content: `window.__name = (f) => f;
          (function poll() {
            if (window.__gomaplab && window.__gomaplab.editorReady()) window.__readyAt = performance.now();
            else requestAnimationFrame(poll);
          })();`,
      });
      const t = await timeLoad(page);
      fcps.push(t.fcp);
      readies.push(t.ready);
      await context.close();
    }
    out.push(reportLine('player (browser): page load to first contentful paint', fcps, 1000, 'loads'));
    out.push(reportLine('player (browser): page load to Monaco ready', readies, 3000, 'loads'));
    const before = fcps.filter((f, i) => f < readies[i]).length;
    out.push(`player (browser): first paint came before Monaco was ready in ${before} of ${fcps.length} loads`);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__gomaplab?.editorReady() === true, undefined, { timeout: 60_000 });
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('1');
    await page.getByRole('combobox', { name: 'GOMAXPROCS' }).selectOption('4');
    await page.evaluate((code) => window.__gomaplab!.setCode(code), playerBenchProgram(events));
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForFunction(() => window.__gomaplab!.runsDone() > 0 && (window.__gomaplabPlayer?.length() ?? 0) > 0, undefined, { timeout: 180_000, polling: 100 });
    const length = await page.evaluate(() => window.__gomaplabPlayer!.length());
    out.push(`player (browser): run of ${length.toLocaleString('en-US')} traced events ready to step ${((Date.now() - t0) / 1000).toFixed(1)} s after Run (run in the worker, transfer, first fold to the opening position)`);

    let x = 987654321;
    const random = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % (length + 1);
    const fwdWork: number[] = [];
    const fwdFrame: number[] = [];
    const backWork: number[] = [];
    const backFrame: number[] = [];
    const seekWork: number[] = [];
    const seekFrame: number[] = [];
    for (let i = 0; i < samples; i++) {
      const [sw, sf] = await timeMove(page, { kind: 'seek', to: random() });
      seekWork.push(sw);
      seekFrame.push(sf);
      const [fw, ff] = await timeMove(page, { kind: 'step', dir: 1 });
      fwdWork.push(fw);
      fwdFrame.push(ff);
      const [bw, bf] = await timeMove(page, { kind: 'step', dir: -1 });
      backWork.push(bw);
      backFrame.push(bf);
    }
    out.push(reportLine('player (browser): Step, store + React re-render + effects', fwdWork, 16, 'positions'));
    out.push(reportLine('player (browser): Step, until the frame that paints it (incl. vsync wait)', fwdFrame, 33, 'positions'));
    out.push(reportLine('player (browser): Back, store + React re-render + effects', backWork, 16, 'positions'));
    out.push(reportLine('player (browser): Back, until the frame that paints it (incl. vsync wait)', backFrame, 33, 'positions'));
    out.push(reportLine('player (browser): seek to a random position, store + re-render', seekWork, 100, 'seeks'));
    out.push(reportLine('player (browser): seek, until the frame that paints it', seekFrame, 117, 'seeks'));
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
    if (Number.isFinite(heap)) out.push(`player (browser): page JS heap after the run ${(heap / 1e6).toFixed(0)} MB (trace, keyframes, views)`);
    return out;
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2]) || 1_000_000;
  for (const line of await benchPlayerBrowser(n)) console.log(line);
}
