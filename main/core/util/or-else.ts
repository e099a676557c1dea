/** A call's answer, or `fallback` when it fails, whether it throws or rejects (sync and async calls alike). */
export async function orElse<T, F>(call: () => T | Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await call();
  } catch {
    return fallback;
  }
}
