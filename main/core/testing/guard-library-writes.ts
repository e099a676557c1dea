import { afterEach, expect } from 'vitest';
import { installLibraryWriteGuard, takeViolations } from './library-write-guard';

// Vitest setup file: every test runs with delete and rename wrapped.
installLibraryWriteGuard();

afterEach(() => {
  expect(takeViolations(), 'deletes or renames of user library files').toEqual([]);
});
