const CAST_SHOWN = 6;

/** "Atsumi Tanezaki (Frieren), Kana Ichinose (Fern) and 10 more": the matched entry's cast, in its order. */
export function castText(cast: ReadonlyArray<{ name: string; role: string | null }>): string {
  const shown = cast.slice(0, CAST_SHOWN).map((c) => (c.role ? `${c.name} (${c.role})` : c.name));
  const rest = cast.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
