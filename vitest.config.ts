import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{main,shared,migrations,bench,renderer,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'e2e/**', 'out/**'],
    // Forks, not threads: tests chdir, spawn children and load a native module.
    pool: 'forks',
    // Deadlines catch hangs; they are not speed checks (a loaded 2-core machine can run ten
    // times slower). Above the tests' own waits (HANG_MS), so those fail with their reason first.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    setupFiles: ['main/core/testing/guard-library-writes.ts'],
    // No test reaches the real AniList or TMDB: online identification is off unless a test
    // points the providers at its local fake (and sets ANISHELF_PROVIDERS=on).
    env: { ANISHELF_PROVIDERS: 'off' },
  },
});
