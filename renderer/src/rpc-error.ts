/** A refused call: `code` is the core's stable code (INVALID_ARGUMENT, NFO_LOCKED, DISCONNECTED…). */
export class RpcCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RpcCallError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
