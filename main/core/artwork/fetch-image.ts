import { AnishelfError } from '../errors';

export interface FetchImageOptions {
  /** The largest body accepted; a bigger one is cut off and refused. */
  maxBytes: number;
  /** How long the server may send nothing (headers or body) before the download is dropped. */
  stallMs: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

const MAX_REDIRECTS = 5;

/**
 * Fetches one image URL into memory: http(s) only, redirects followed by hand so that none leads
 * to another scheme, the size capped (by Content-Length first, then while reading), and a server
 * that stops sending dropped. Errors carry a code and whether trying again may help.
 */
export async function fetchImageBytes(url: string, options: FetchImageOptions): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  let current = checkScheme(url);
  for (let hop = 0; ; hop++) {
    const stall = new StallTimer(options.stallMs);
    const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
    let response: Response;
    try {
      response = await doFetch(current, { redirect: 'manual', signal, headers: { accept: 'image/*' } });
    } catch (err) {
      stall.stop();
      throw networkError(err, stall, options.signal);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      stall.stop();
      await response.body?.cancel().catch(() => {});
      if (hop >= MAX_REDIRECTS) throw failure('DOWNLOAD_REDIRECT', 'The image address redirects too many times.', false);
      current = checkScheme(new URL(response.headers.get('location')!, current).href);
      continue;
    }
    try {
      return await readBody(response, options.maxBytes, stall, options.signal);
    } finally {
      stall.stop();
    }
  }
}

async function readBody(response: Response, maxBytes: number, stall: StallTimer, outer: AbortSignal | undefined): Promise<Uint8Array> {
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const retry = response.status === 429 || response.status >= 500;
    throw failure('DOWNLOAD_HTTP', `The image server answered ${response.status}.`, retry, retryAfterMs(response));
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw failure('DOWNLOAD_TOO_LARGE', `The image is ${Math.round(declared / 1e6)} MB, more than the ${Math.round(maxBytes / 1e6)} MB Anishelf accepts.`, false);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      stall.restart();
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) throw failure('DOWNLOAD_TOO_LARGE', `The image is larger than the ${Math.round(maxBytes / 1e6)} MB Anishelf accepts.`, false);
      chunks.push(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => {});
    if (err instanceof DownloadFailure) throw err;
    throw networkError(err, stall, outer);
  }
  if (Number.isFinite(declared) && received !== declared) throw failure('DOWNLOAD_TRUNCATED', 'The connection ended before the whole image arrived.', true);
  return Buffer.concat(chunks);
}

/** An AnishelfError that says whether another attempt may succeed (and when). */
export class DownloadFailure extends AnishelfError {
  constructor(code: string, message: string, readonly retryable: boolean, readonly retryAfterMs: number | null = null, cause?: unknown) {
    super(code, message, { kind: 'internal', cause });
  }
}

function failure(code: string, message: string, retryable: boolean, retryAfter: number | null = null, cause?: unknown): DownloadFailure {
  return new DownloadFailure(code, message, retryable, retryAfter, cause);
}

function checkScheme(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw failure('DOWNLOAD_URL', 'The image address is not a web address.', false);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw failure('DOWNLOAD_REDIRECT', `The image address leads to a ${parsed.protocol.replace(':', '')} address; Anishelf downloads only from the web.`, false);
  }
  return parsed.href;
}

function networkError(err: unknown, stall: StallTimer, outer: AbortSignal | undefined): DownloadFailure | unknown {
  if (outer?.aborted) return outer.reason ?? err;
  if (stall.fired) return failure('DOWNLOAD_STALLED', 'The image server stopped sending; Anishelf will try again later.', true, null, err);
  return failure('DOWNLOAD_NETWORK', 'The image could not be downloaded (network error); Anishelf will try again later.', true, null, err);
}

function retryAfterMs(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

/** Aborts when nothing happened for `ms`; restarted on every chunk. */
class StallTimer {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  fired = false;

  constructor(private readonly ms: number) {
    this.restart();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort(new Error('stalled'));
    }, this.ms);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
