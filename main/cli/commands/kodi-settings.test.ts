import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tvshowMatchingBlock } from '../../core/kodi/advanced-settings';
import { tempDir } from '../../core/testing/temp';
import { cli } from '../testing/run';

describe('anishelf kodi-settings', () => {
  test('prints the <tvshowmatching> block', async () => {
    const run = await cli(['kodi-settings']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${tvshowMatchingBlock('')}\n`);
  });

  test("--out creates advancedsettings.xml, then merges into it keeping the user's settings", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'advancedsettings.xml');
    expect((await cli(['kodi-settings', '--out', file])).stdout).toContain(`Wrote ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toContain('<tvshowmatching action="prepend">');
    fs.writeFileSync(file, '<advancedsettings>\n  <cache><memorysize>1</memorysize></cache>\n</advancedsettings>\n');
    expect((await cli(['kodi-settings', '--out', file])).stdout).toContain(`Updated ${file}`);
    const merged = fs.readFileSync(file, 'utf8');
    expect(merged).toContain('<cache><memorysize>1</memorysize></cache>');
    expect(merged).toContain('<tvshowmatching action="prepend">');
    expect((await cli(['kodi-settings', '--out', file])).stdout).toContain('already has');
    expect(fs.readdirSync(dir)).toEqual(['advancedsettings.xml']);
  });

  test("a file with rules of its own is left alone: exit 2, one line", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'advancedsettings.xml');
    const mine = '<advancedsettings><tvshowmatching><regexp>x</regexp></tvshowmatching></advancedsettings>';
    fs.writeFileSync(file, mine);
    const run = await cli(['kodi-settings', '--out', file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(mine);
  });
});
