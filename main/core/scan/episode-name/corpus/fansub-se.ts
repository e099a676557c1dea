import { c, type CorpusCase } from './case';

// SxxEyy inside a fansub name, after " - ": the group stays the group, the title stops at the dash.
export const fansubSe: CorpusCase[] = [
  c('[Grp] Show Title - S01E01 [1080p].mkv', 'Show Title', 1, [1], [], { group: 'Grp' }),
  c('[Grp] Show Title - S02E03 - Episode Name [1080p].mkv', 'Show Title', 2, [3], [], { group: 'Grp', episodeTitle: 'Episode Name' }),
  c('[EMBER] Oshi no Ko - S02E05 [1080p] [HEVC WEBRip].mkv', 'Oshi no Ko', 2, [5], [], { group: 'EMBER' }),
  c('[Judas] Vinland Saga - S02E18 [1080p][HEVC x265 10bit].mkv', 'Vinland Saga', 2, [18], [], { group: 'Judas' }),
  c('[Yameii] Sousou no Frieren - S01E05 [English Dub] [1080p].mkv', 'Sousou no Frieren', 1, [5], [], { group: 'Yameii' }),
  c('[Anime Land] Dungeon Meshi - S01E04 - Hot Pot [720p].mkv', 'Dungeon Meshi', 1, [4], [], { episodeTitle: 'Hot Pot' }),
  c('[ToonsHub] Blue Lock - S02E07 [1080p CR WEB-DL AAC2.0 H.264].mkv', 'Blue Lock', 2, [7], [], { group: 'ToonsHub' }),
  c('[DKB] Spy x Family - S02E12 [1080p][HEVC x265 10bit][Multi-Subs].mkv', 'Spy x Family', 2, [12], []),
  c('[Cyan] Mushoku Tensei - S02E01 [WEB 1080p x265][AAC].mkv', 'Mushoku Tensei', 2, [1], []),
  c('[SubsPlus+] Kaiju No. 8 - S01E09 (NF WEB 1080p AVC AAC) [6C2F0B45].mkv', 'Kaiju No. 8', 1, [9], [], { checksum: '6C2F0B45' }),
  c('[Grp] Dr. Stone - S03E11 - Treasure [720p].mkv', 'Dr. Stone', 3, [11], [], { episodeTitle: 'Treasure' }),
  c('[Anime Time] One Punch Man - S02E04 [Dual Audio][1080p].mkv', 'One Punch Man', 2, [4], []),
  c('[Grp] Re:Zero - S03E01 [1080p].mkv', 'Re:Zero', 3, [1], []),
  c('[Grp] Kimetsu no Yaiba - S04E08 - The Hashira Unite [1080p].mkv', 'Kimetsu no Yaiba', 4, [8], [], { episodeTitle: 'The Hashira Unite' }),
  c('[Grp] Bocchi the Rock! - S01E12 (1080p) [A1B2C3D4].mkv', 'Bocchi the Rock!', 1, [12], []),
];
