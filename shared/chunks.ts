/**
 * Splits into arrays of at most `size`: SQLite caps the bound parameters of a statement, and the
 * contract caps how many folders one add call carries.
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
