import { isMethodName, methodSchemas, type MethodName, type MethodResult, type ParsedArgs, type RpcReply } from '../../../shared/contract';
import { AnishelfError } from '../errors';

/** One handler per contract method, typed from it: a handler of the wrong shape does not compile. */
export type Handlers = { [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>> };

/** Calls `method`'s handler; the map's type ties each method to its argument and result. */
function callHandler<M extends MethodName>(handlers: Handlers, method: M, args: ParsedArgs<M>): Promise<MethodResult<M>> {
  const handler: Handlers[M] = handlers[method];
  return handler(args);
}

/**
 * The one wrapper every call goes through, whatever the transport: the method must exist, the
 * argument must parse with its schema (before any file-system call), and the reply is
 * `{ ok, value }` or `{ ok: false, error: { code, message } }` — never a thrown stack.
 */
export async function dispatch(handlers: Handlers, method: unknown, rawArgs: unknown, log?: (message: string) => void): Promise<RpcReply<unknown>> {
  if (!isMethodName(method)) {
    log?.(`rejected call to unknown method ${JSON.stringify(String(method)).slice(0, 80)}`);
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'That action does not exist.' } };
  }
  const parsed = methodSchemas[method].safeParse(rawArgs ?? undefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    log?.(`rejected ${method}: invalid argument${where}`);
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: `Invalid request${where}: ${issue?.message ?? 'bad argument'}.` } };
  }
  try {
    // Schemas that accept nothing parse to undefined; their handlers take `{}`.
    return { ok: true, value: await callHandler(handlers, method, (parsed.data ?? {}) as ParsedArgs<typeof method>) };
  } catch (err) {
    if (err instanceof AnishelfError) return { ok: false, error: err.toInfo() };
    log?.(`${method} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Anishelf; the log file has the details.' } };
  }
}
