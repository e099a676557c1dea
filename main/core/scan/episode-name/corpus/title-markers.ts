import { c, type CorpusCase } from './case';

// "(TV)", "2nd Season", "Second Season" and "OVA" say what a file is, not which show: they are
// read as markers and left out of the title.
export const titleMarkers: CorpusCase[] = [
  c('Kanon (TV) - 05.mkv', 'Kanon', null, [5], [5]),
  c('[Grp] Kanon (TV) - 05 [720p].mkv', 'Kanon', null, [5], [5], { group: 'Grp' }),
  c('[Grp] Hunter x Hunter (TV) - 012 [480p].mkv', 'Hunter x Hunter', null, [12], [12]),
  c('Fullmetal Alchemist (TV) - 51 [DVD].mkv', 'Fullmetal Alchemist', null, [51], [51]),
  c('Show Title 2nd Season - 05.mkv', 'Show Title', 2, [5], []),
  c('Show Title Second Season - 05.mkv', 'Show Title', 2, [5], []),
  c('[Grp] Kaguya-sama Second Season - 03 [1080p].mkv', 'Kaguya-sama', 2, [3], []),
  c('[Grp] Overlord Third Season - 07 [720p].mkv', 'Overlord', 3, [7], []),
  c('[Grp] Yuru Camp Fourth Season - 01 [1080p].mkv', 'Yuru Camp', 4, [1], []),
  c('[Grp] Golden Kamuy 4th Season - 02 [1080p].mkv', 'Golden Kamuy', 4, [2], []),
  c('Hellsing OVA 03.mkv', 'Hellsing', null, [3], [], { special: true, specialKind: 'ova' }),
  c('Hellsing OVA - 03.mkv', 'Hellsing', null, [3], [], { special: true, specialKind: 'ova' }),
  c('[Grp] Hellsing Ultimate OVA - 07 [BD 1080p].mkv', 'Hellsing Ultimate', null, [7], [], { special: true, specialKind: 'ova' }),
  c('Gunbuster OVA - 02 [DVD].mkv', 'Gunbuster', null, [2], [], { special: true, specialKind: 'ova' }),
  c('[Grp] Kanon (TV) Second Season - 02.mkv', 'Kanon', 2, [2], []),
  c('Hunter x Hunter (TV) - 131.mkv', 'Hunter x Hunter', null, [131], [131]),
];
