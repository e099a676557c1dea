/**
 * Lower case, width-folded, accents and punctuation gone, "×" read as "x", words split by one
 * space: "Pokémon" as typed and as a folder copied from a Mac (decomposed accents), "ＳＰＹ×ＦＡＭＩＬＹ"
 * and "Kaguya-sama" all read the same; "がぐ" keeps its voicing marks.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/×/g, ' x ')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // Kana's voicing marks are not accents: "ぐ" is put back together, not read as "く ".
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What titles are compared as: folded (see `foldText`), without a year in brackets. */
export function normalizeTitle(title: string): string {
  return foldText(title.normalize('NFKC').replace(/\((?:19|20)\d{2}\)/g, ' '));
}
