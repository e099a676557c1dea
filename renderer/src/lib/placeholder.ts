/** Up to two letters for a poster without artwork: the first letters of the first two words. */
export function initials(title: string): string {
  const words = title
    .replace(/[[(【（].*?[\])】）]/g, ' ')
    .split(/[\s._\-–—:;,!?'"/\\]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? '');
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
