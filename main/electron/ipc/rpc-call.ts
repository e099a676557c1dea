import type { RpcReply } from '../../../shared/contract';
import { dispatch, type Handlers } from '../../core/rpc/dispatch';
import { checkSender, type SenderInfo, type TrustedWindows } from './trusted-sender';

export interface RpcCallContext {
  handlers: Handlers;
  windows: TrustedWindows;
  /** Rejections and failures are logged here (the desktop log file). */
  log: (message: string) => void;
}

const FORBIDDEN: RpcReply<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from the Anishelf window and was refused.' },
};

/**
 * What one `anishelf:rpc` message gets: the sender is checked first, then `dispatch` (the one
 * wrapper shared with the web server) checks the method and parses the argument with its schema
 * before anything reaches the core. Never throws: every outcome is an RpcReply.
 */
export async function answerRpc(sender: SenderInfo, method: unknown, args: unknown, context: RpcCallContext): Promise<RpcReply<unknown>> {
  const verdict = checkSender(sender, context.windows);
  if (!verdict.trusted) {
    context.log(`refused ${typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : 'a call'}: ${verdict.reason}`);
    return FORBIDDEN;
  }
  try {
    return await dispatch(context.handlers, method, args, context.log);
  } catch (err) {
    // dispatch answers errors itself; this only guards against a bug in it.
    context.log(`rpc failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Anishelf; the log file has the details.' } };
  }
}
