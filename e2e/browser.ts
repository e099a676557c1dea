import fs from 'node:fs';
import { chromium } from '@playwright/test';

export interface BrowserChoice {
  /** Debian's Chromium, or undefined for Playwright's own browser. */
  executablePath: string | undefined;
  /** Set when there is no browser at all: one sentence on how to get one. */
  problem: string | null;
}

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system Chromium when installed, else Playwright's downloaded one, else a clear problem. */
export function chooseBrowser(): BrowserChoice {
  const system = SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
  if (system) return { executablePath: system, problem: null };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // No browser registry entry: treated like a missing download.
  }
  if (bundled && fs.existsSync(bundled)) return { executablePath: undefined, problem: null };
  return {
    executablePath: undefined,
    problem: 'No browser for the web end-to-end tests: install Chromium (Debian: `apt-get install chromium`) or run `npx playwright install chromium`.',
  };
}

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
