import { expect, test } from 'vitest';
import { seriesFiles, loadedLibrary } from '../testing/core';

// "é" as one code point (typed) and as "e" plus a combining accent (a folder copied from a Mac).
const POKEMON_DECOMPOSED = 'Pokémon Horizons'.normalize('NFD');

test('the library search ignores accents, letter width, case, punctuation and word order, as Plex and Jellyfin do', async () => {
  const { core } = await loadedLibrary({
    ...seriesFiles({
      [POKEMON_DECOMPOSED]: 1,
      'Kaguya-sama wa Kokurasetai': 1,
      'SPY×FAMILY': 1,
      'Été Éternel': 1,
      'Hunter x Hunter (2011)': 1,
      "JoJo's Bizarre Adventure": 1,
      'Sousou no Frieren': 1,
      'Bravo 100%': 1,
    }),
    // The NFO's title and original title are searched too.
    'Sousou no Frieren/tvshow.nfo': "<tvshow><title>Frieren: Beyond Journey's End</title><originaltitle>葬送のフリーレン</originaltitle></tvshow>",
  });
  try {
    const found = async (search: string) => (await core.listSeries({ search })).map((s) => s.path.split('/').pop()!.normalize('NFC')).sort();
    expect(await found('pokemon')).toEqual(['Pokémon Horizons']);
    expect(await found('Pokémon'.normalize('NFC'))).toEqual(['Pokémon Horizons']);
    expect(await found('POKÉMON')).toEqual(['Pokémon Horizons']);
    expect(await found('kaguya sama')).toEqual(['Kaguya-sama wa Kokurasetai']);
    expect(await found('sama kaguya')).toEqual(['Kaguya-sama wa Kokurasetai']);
    expect(await found('spy family')).toEqual(['SPY×FAMILY']);
    expect(await found('ＳＰＹ')).toEqual(['SPY×FAMILY']);
    expect(await found('ÉTÉ')).toEqual(['Été Éternel']);
    expect(await found('ete eternel')).toEqual(['Été Éternel']);
    expect(await found('2011')).toEqual(['Hunter x Hunter (2011)']);
    expect(await found("jojo's")).toEqual(["JoJo's Bizarre Adventure"]);
    expect(await found('jojos bizarre')).toEqual(["JoJo's Bizarre Adventure"]);
    expect(await found('beyond journey')).toEqual(['Sousou no Frieren']);
    expect(await found('フリーレン')).toEqual(['Sousou no Frieren']);
    expect(await found('100%')).toEqual(['Bravo 100%']);
    // Every word must be found: a second word that is nowhere narrows to nothing.
    expect(await found('kaguya frieren')).toEqual([]);
    // Punctuation alone folds to nothing and is looked for as typed.
    expect(await found('%')).toEqual(['Bravo 100%']);
    // "×" is read as the letter x, as in "Hunter×Hunter".
    expect(await found('×')).toEqual(['Hunter x Hunter (2011)', 'SPY×FAMILY']);
  } finally {
    await core.close();
  }
});

test('the library sorts titles without their leading article, accents and width folded, numbers in order; an NFO sort title decides', async () => {
  const { core } = await loadedLibrary({
    ...seriesFiles({
      'The Apothecary Diaries': 1, 'Été Éternel': 1, 'Eden': 1, 'Zom 100': 1, 'Title 10': 1, 'Title 2': 1,
      'A Sign of Affection': 1, 'Attack on Titan': 1, 'ＢＬＥＡＣＨ': 1, 'Monogatari': 1,
    }),
    // Kodi's and Jellyfin's sort title: the NFO says where this one sorts.
    'Monogatari/tvshow.nfo': '<tvshow><title>Monogatari</title><sorttitle>Bakemonogatari</sorttitle></tvshow>',
  });
  try {
    const folders = async (sort: 'title' | 'status') => (await core.listSeries({ sort })).map((s) => s.path.split('/').pop()!);
    const expected = [
      'The Apothecary Diaries', 'Attack on Titan', 'Monogatari', 'ＢＬＥＡＣＨ', 'Eden', 'Été Éternel', 'A Sign of Affection', 'Title 2', 'Title 10', 'Zom 100',
    ];
    expect(await folders('title')).toEqual(expected);
    // Every series is ready: the status sort falls back on the same title order.
    expect(await folders('status')).toEqual(expected);
  } finally {
    await core.close();
  }
});
