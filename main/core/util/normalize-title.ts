/** Lower case, width-folded, accents and punctuation gone, "×" read as "x": what titles are compared as. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/×/g, ' x ')
    .replace(/&/g, ' and ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/\((?:19|20)\d{2}\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
