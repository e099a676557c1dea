import type { ErrorInfo } from '../../../shared/types';
import { AnishelfError, errnoCode } from '../errors';

// Worth another try: busy files, flaky shares and networks, a drive that is briefly away.
const TRANSIENT = new Set([
  'EBUSY', 'EAGAIN', 'ETIMEDOUT', 'EIO', 'EMFILE', 'ENFILE', 'ENOTCONN', 'ESTALE', 'EHOSTDOWN', 'EHOSTUNREACH',
  'ENETUNREACH', 'ENETDOWN', 'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND',
  'SERIES_OFFLINE', 'NETWORK_ERROR', 'HTTP_5XX', 'HTTP_429',
]);

const MESSAGES: Record<string, (path: string) => string> = {
  EACCES: (p) => `Anishelf is not allowed to read ${p}; give your user read permission on the folder, then retry.`,
  EPERM: (p) => `Anishelf is not allowed to read ${p}; give your user read permission on the folder, then retry.`,
  ENOENT: (p) => `${p} is no longer there; it was moved or deleted.`,
  ENOTDIR: (p) => `${p} is no longer a folder.`,
  EBUSY: (p) => `${p} is busy (another program is using it); Anishelf tried again and gave up — retry later.`,
  EIO: (p) => `Reading ${p} failed with an I/O error; check the drive or the network share, then retry.`,
  ETIMEDOUT: (p) => `Reading ${p} timed out; the network share may be slow or away. Retry when it answers.`,
  EMFILE: () => 'Too many files are open; close other programs or lower the number of loader workers, then retry.',
  ELOOP: (p) => `${p} contains a symbolic link loop.`,
};

export function isTransient(err: unknown): boolean {
  const code = err instanceof AnishelfError ? err.code : errnoCode(err);
  return code !== undefined && TRANSIENT.has(code);
}

/** A stable code and one sentence a user can act on. */
export function describeFailure(err: unknown, seriesPath: string): ErrorInfo {
  const code = err instanceof AnishelfError ? err.code : errnoCode(err);
  // Errno codes get our sentence, also when they crossed a worker thread inside an AnishelfError.
  const make = code ? MESSAGES[code] : undefined;
  if (code && make) return { code, message: make(seriesPath) };
  if (err instanceof AnishelfError) return err.toInfo();
  if (code) {
    return { code, message: `Loading ${seriesPath} failed (${code}); retry, and report it if it keeps failing.` };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'LOAD_FAILED', message: `Loading ${seriesPath} failed: ${detail}` };
}
