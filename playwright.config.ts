import { defineConfig } from '@playwright/test';
import { chooseBrowser, LAUNCH_ARGS } from './e2e/browser';

const browser = chooseBrowser();

// Two suites: `web` drives the real core through `anishelf serve` in Chromium; `electron` (its
// own folder, filled by the desktop shell's tests) may be empty.
export default defineConfig({
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  // Limits catch hangs only: a two-core machine shared with the core's workers, the browser and
  // other work can be many times slower than a quiet one.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  forbidOnly: Boolean(process.env.CI),
  projects: [
    {
      name: 'web',
      testDir: 'e2e/web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        launchOptions: { args: LAUNCH_ARGS, ...(browser.executablePath ? { executablePath: browser.executablePath } : {}) },
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
});
