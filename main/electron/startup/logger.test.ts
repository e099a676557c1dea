import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/testing/temp';
import { unwritableDir } from '../../core/testing/faults';
import { createLogger, LOG_FILENAME, parseLogLevel } from './logger';

const at = () => new Date('2026-01-02T03:04:05.000Z');

describe('the desktop logger', () => {
  it('writes levelled, timestamped lines to anishelf.log in the data dir', () => {
    const dir = tempDir();
    const log = createLogger({ dir, now: at });
    log.debug('not shown at info');
    log.info('started');
    log.warn('two\nlines');
    log.error('failed', new Error('boom'));
    expect(log.file).toBe(path.join(dir, LOG_FILENAME));
    const text = fs.readFileSync(log.file!, 'utf8');
    expect(text).toContain('2026-01-02T03:04:05.000Z INFO  started\n');
    expect(text).toContain('WARN  two\n    lines\n');
    expect(text).toMatch(/ERROR failed: Error: boom/);
    expect(text).not.toContain('not shown');
  });

  it('writes out control characters from names, so reading the log on a terminal runs no escape', () => {
    const dir = tempDir();
    const log = createLogger({ dir, now: at });
    log.warn('could not read /lib/Evil\x1b]0;pwned\x07Show\rx\ntwo');
    const text = fs.readFileSync(log.file!, 'utf8');
    expect(text).toContain('WARN  could not read /lib/Evil\\x1b]0;pwned\\x07Show\\rx\n    two\n');
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('keeps one old file when the log grows too big', () => {
    const dir = tempDir();
    const log = createLogger({ dir, maxBytes: 200, now: at });
    for (let i = 0; i < 20; i++) log.info(`line ${i} ${'x'.repeat(20)}`);
    expect(fs.statSync(path.join(dir, LOG_FILENAME)).size).toBeLessThanOrEqual(200);
    expect(fs.existsSync(path.join(dir, `${LOG_FILENAME}.1`))).toBe(true);
  });

  it('falls back to stderr when the data dir cannot be written', () => {
    const lines: string[] = [];
    const log = createLogger({ dir: unwritableDir(), stderr: { write: (t: string) => lines.push(t) } });
    log.error('cannot open the library');
    expect(log.file).toBeNull();
    expect(lines.join('')).toMatch(/ERROR cannot open the library/);
  });

  it('echoes warnings to stderr in development', () => {
    const lines: string[] = [];
    const log = createLogger({ dir: tempDir(), echo: true, stderr: { write: (t: string) => lines.push(t) } });
    log.info('quiet');
    log.warn('loud');
    expect(lines.join('')).toMatch(/WARN  loud/);
    expect(lines.join('')).not.toMatch(/quiet/);
  });

  it('reads levels from the environment', () => {
    expect(parseLogLevel('debug')).toBe('debug');
    expect(parseLogLevel('LOUD')).toBe('info');
    expect(parseLogLevel(undefined)).toBe('info');
  });
});
