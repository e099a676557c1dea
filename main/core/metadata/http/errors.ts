import { AnishelfError } from '../../errors';

/**
 * Why a provider call failed. OFFLINE and PAUSED mean "try later" (the identify stage waits for
 * the network, it does not fail); the others are the provider's answer.
 */
export type ProviderErrorCode =
  | 'PROVIDER_OFFLINE'
  | 'PROVIDER_PAUSED'
  | 'PROVIDER_RATE_LIMITED'
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_HTTP_ERROR'
  | 'PROVIDER_BAD_RESPONSE'
  | 'PROVIDER_QUERY_ERROR'
  | 'PROVIDER_AUTH';

const OUTSIDE_CAUSES: ReadonlySet<ProviderErrorCode> = new Set(['PROVIDER_OFFLINE', 'PROVIDER_PAUSED', 'PROVIDER_RATE_LIMITED', 'PROVIDER_TIMEOUT', 'PROVIDER_HTTP_ERROR', 'PROVIDER_AUTH']);

export class ProviderError extends AnishelfError {
  constructor(
    code: ProviderErrorCode,
    message: string,
    readonly status: number | null = null,
    options: { cause?: unknown } = {},
  ) {
    // The network, the provider or the user's key: not Anishelf's fault, so the CLI says it in
    // one line and exits 2. A query the provider refuses, or an answer not read, is ours.
    super(code, message, { kind: OUTSIDE_CAUSES.has(code) ? 'input' : 'internal', ...options });
    this.name = 'ProviderError';
  }

  /** Network trouble that will pass: the caller waits for the network instead of failing. */
  get waitsForNetwork(): boolean {
    return this.code === 'PROVIDER_OFFLINE' || this.code === 'PROVIDER_PAUSED' || this.code === 'PROVIDER_RATE_LIMITED' || this.code === 'PROVIDER_TIMEOUT';
  }
}

export function isProviderError(err: unknown): err is ProviderError {
  return err instanceof ProviderError;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** Whether a fetch rejection is the network (no route, refused, reset), not our bug. */
export function isNetworkFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const cause = (err as { cause?: unknown }).cause;
  const code = (cause as { code?: unknown } | undefined)?.code ?? (err as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  return err.name === 'TypeError' && /fetch failed/i.test(err.message);
}
