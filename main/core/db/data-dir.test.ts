import { expect, test } from 'vitest';
import { resolveDataDir } from './data-dir';

test.each([
  ['linux', {}, '/home/u/.config/Anishelf'],
  ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Anishelf'],
  ['darwin', {}, '/home/u/Library/Application Support/Anishelf'],
  ['win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u\\AppData\\Roaming\\Anishelf'],
] as const)('the %s default matches the desktop app folder', (platform, env, expected) => {
  expect(resolveDataDir({ platform, env, home: '/home/u' })).toBe(expected);
});

test('--data-dir wins over ANISHELF_DATA_DIR, which wins over the default', () => {
  expect(resolveDataDir({ flag: '/flag', env: { ANISHELF_DATA_DIR: '/env' } })).toBe('/flag');
  expect(resolveDataDir({ env: { ANISHELF_DATA_DIR: '/env' } })).toBe('/env');
});
