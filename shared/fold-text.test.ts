import { expect, test } from 'vitest';
import { foldText, searchWords, titleSortKey } from './fold-text';

test('folding reads accents in either form, letter width, case and punctuation alike, and keeps kana voicing', () => {
  expect(foldText('Pokémon'.normalize('NFD'))).toBe('pokemon');
  expect(foldText('Pokémon'.normalize('NFC'))).toBe('pokemon');
  expect(foldText('ＳＰＹ×ＦＡＭＩＬＹ')).toBe('spy x family');
  expect(foldText("Kaguya-sama: Love Is War – Ultra Romantic")).toBe('kaguya sama love is war ultra romantic');
  expect(foldText("JoJo's")).toBe('jojos');
  expect(foldText('かぐや様')).toBe('かぐや様');
  expect(foldText('Fate/stay night [UBW]')).toBe('fate stay night ubw');
  expect(searchWords('  sama,  KAGUYA!! ')).toEqual(['sama', 'kaguya']);
  expect(searchWords('!!!')).toEqual([]);
});

test('titles sort as Plex and Jellyfin sort them: no leading article, accents and width folded, numbers in order', () => {
  const titles = [
    'Zom 100', 'The Apothecary Diaries', 'Été Éternel', 'Title 10', 'A Sign of Affection', 'Eden', 'Title 2', 'ＢＬＥＡＣＨ',
    '86 Eighty-Six', 'Attack on Titan', 'An Archdemon\'s Dilemma', 'the', 'A', '!!!',
  ];
  const sorted = [...titles].sort((a, b) => (titleSortKey(a) < titleSortKey(b) ? -1 : titleSortKey(a) > titleSortKey(b) ? 1 : 0));
  expect(sorted).toEqual([
    '!!!', '86 Eighty-Six', 'A', 'The Apothecary Diaries', 'An Archdemon\'s Dilemma', 'Attack on Titan', 'ＢＬＥＡＣＨ', 'Eden',
    'Été Éternel', 'A Sign of Affection', 'the', 'Title 2', 'Title 10', 'Zom 100',
  ]);
});
