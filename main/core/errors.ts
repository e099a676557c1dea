import type { ErrorInfo } from '../../shared/types';

/**
 * An error a user can act on. `code` is stable (scripts and the UI switch on it); `message` is
 * one sentence. `kind` tells callers whether the input was at fault (CLI exit 2) or we were.
 */
export class AnishelfError extends Error {
  readonly code: string;
  readonly kind: 'input' | 'internal';

  constructor(code: string, message: string, options: { kind?: 'input' | 'internal'; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AnishelfError';
    this.code = code;
    this.kind = options.kind ?? 'input';
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message };
  }
}

export function isAnishelfError(err: unknown): err is AnishelfError {
  return err instanceof AnishelfError;
}

/** The errno-style code of a Node error (`ENOENT`, `EACCES`…), or undefined. */
export function errnoCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    return (err as { code: string }).code;
  }
  return undefined;
}
