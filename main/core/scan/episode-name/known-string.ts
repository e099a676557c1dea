/**
 * The same string, typed as a string for the optimizing compiler. Names reach the parser in
 * several internal representations (flat, sliced, joined, two-byte), so a parameter's `.length`
 * sees more kinds of string than an inline cache keeps apart and goes through the engine's slow
 * generic lookup, once per read and once per character in a loop. After `'' + s` (free for a
 * string) the compiler knows the value is a string and reads its length directly: a loop of
 * length reads over mixed strings ran twice as fast. Method calls need more (see string-calls.ts).
 */
export function knownString(s: string): string {
  return '' + s;
}
