/** Up to two letters for a poster without artwork: the first letters of the first two words. */
export function initials(title: string): string {
  const words = title
    .replace(/[[(【（].*?[\])】）]/g, ' ')
    .split(/[\s._\-–—:;,!?'"/\\]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const chars = (w: string) => [...w.replace(/[^\p{L}\p{N}]/gu, '')];
  // One word gives its first two letters ("Akira" → AK), so single-word titles still differ.
  const letters = words.length === 1 ? chars(words[0]!).slice(0, 2) : words.slice(0, 2).map((w) => chars(w)[0] ?? '');
  const result = letters.join('').toUpperCase();
  return result || '?';
}

/** A stable hue (0–359) for a title, so a series keeps its colour between runs. */
export function titleHue(title: string): number {
  let hash = 2166136261;
  for (const ch of title) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % 360;
}

export function placeholderStyle(title: string): { background: string } {
  const hue = titleHue(title);
  return { background: `linear-gradient(160deg, hsl(${hue} 48% 44%), hsl(${(hue + 40) % 360} 52% 26%))` };
}
