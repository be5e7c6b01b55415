// Browser tests run against the built app served by `vite preview` (what a static host would serve).
//
// Chromium: CHROMIUM_PATH if set, else Playwright's own download if installed, else Debian's
// /usr/bin/chromium (shared/STACK.md, "Playwright with the system Chromium").
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined; // Playwright finds its own browser
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return '/usr/bin/chromium';
}

// 4173 as in `npm run preview`; E2E_PORT picks another when several runs share a machine.
const port = Number(process.env.E2E_PORT) || 4173;
// E2E_DIST serves another build folder (`npx vite build --outDir /tmp/dist-x`), so parallel builds do not collide.
const dist = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  // Two shared cores: one worker keeps timings (and the typing test) honest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? 'line' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port}${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
