import { knownString } from './known-string';
import { codeAt } from './string-calls';

/**
 * The value of a short run of ASCII digits, such as a regex's (\d{1,4}) capture: "05" is 5.
 * Number() on a fresh string converts it in the engine's runtime, a call that costs more than
 * reading the two or three digits here.
 */
export function digitsValue(digits: string): number {
  digits = knownString(digits);
  let value = 0;
  for (let i = 0; i < digits.length; i++) value = value * 10 + codeAt(digits, i) - 48;
  return value;
}
