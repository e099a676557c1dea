/**
 * Lower case, width-folded, accents and punctuation gone, "×" read as "x", words split by one
 * space: "Pokémon" as typed and as a folder copied from a Mac (decomposed accents), "ＳＰＹ×ＦＡＭＩＬＹ"
 * and "Kaguya-sama" all read the same; "がぐ" keeps its voicing marks. Titles are compared, and
 * the library searched, in this form (the core's search and the window's twin of it alike).
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

/** The words of a search as typed, folded; none for a search of punctuation only. */
export function searchWords(search: string): string[] {
  return foldText(search).split(' ').filter((word) => word !== '');
}

// Jellyfin's and Plex's default: an English article does not decide where a title sorts.
const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;
const DIGITS = /\d+/g;

/**
 * What a title sorts by: folded, without a leading "The", "A" or "An", numbers in their order
 * ("Title 2" before "Title 10"). "The Apothecary Diaries" sorts under A, "Été" beside "Eden",
 * not after "Z". Compared as plain strings.
 */
export function titleSortKey(title: string): string {
  const folded = foldText(title);
  if (folded === '') return title.toLowerCase();
  return folded.replace(LEADING_ARTICLE, '').replace(DIGITS, (digits) => digits.padStart(8, '0'));
}
