// AniList entries behind the folder-name table: real shows with their sequel chains, and the
// near-duplicates a careless matcher falls for (a chibi spin-off, a remake, a recap film, a
// same-name show from another decade). Written by hand for tests and the bench; ids follow
// AniList's where known, the rest of each entry is filled in by build-anilist.ts.

export interface AniListSeed {
  id: number;
  mal?: number;
  romaji: string;
  english?: string;
  native?: string;
  syn?: string[];
  format: 'TV' | 'TV_SHORT' | 'MOVIE' | 'SPECIAL' | 'OVA' | 'ONA';
  eps: number | null;
  year: number;
  status?: 'FINISHED' | 'RELEASING' | 'NOT_YET_RELEASED';
  /** The entry this one continues (its PREQUEL); the reverse SEQUEL edge is derived. */
  prequel?: number;
  /** A PARENT/SIDE_STORY link for spin-offs, specials and films. */
  parent?: number;
  studio?: string;
}

export const ANILIST_SEEDS: AniListSeed[] = [
  { id: 154587, mal: 52991, romaji: 'Sousou no Frieren', english: "Frieren: Beyond Journey's End", native: '葬送のフリーレン', syn: ['Frieren'], format: 'TV', eps: 28, year: 2023, studio: 'Madhouse' },
  { id: 182255, mal: 59978, romaji: 'Sousou no Frieren 2nd Season', english: "Frieren: Beyond Journey's End Season 2", native: '葬送のフリーレン 第2期', format: 'TV', eps: 10, year: 2026, status: 'RELEASING', prequel: 154587, studio: 'Madhouse' },
  { id: 170068, romaji: 'Sousou no Frieren: ●● no Mahou', native: '葬送のフリーレン ～●●の魔法～', format: 'ONA', eps: 4, year: 2023, parent: 154587 },

  { id: 16498, mal: 16498, romaji: 'Shingeki no Kyojin', english: 'Attack on Titan', native: '進撃の巨人', syn: ['AoT', 'SnK'], format: 'TV', eps: 25, year: 2013, studio: 'WIT STUDIO' },
  { id: 20958, mal: 25777, romaji: 'Shingeki no Kyojin Season 2', english: 'Attack on Titan Season 2', native: '進撃の巨人 Season2', format: 'TV', eps: 12, year: 2017, prequel: 16498, studio: 'WIT STUDIO' },
  { id: 99147, mal: 35760, romaji: 'Shingeki no Kyojin Season 3', english: 'Attack on Titan Season 3', native: '進撃の巨人 Season3', format: 'TV', eps: 12, year: 2018, prequel: 20958, studio: 'WIT STUDIO' },
  { id: 104578, mal: 38524, romaji: 'Shingeki no Kyojin Season 3 Part 2', english: 'Attack on Titan Season 3 Part 2', native: '進撃の巨人 Season3 Part.2', format: 'TV', eps: 10, year: 2019, prequel: 99147, studio: 'WIT STUDIO' },
  { id: 110277, mal: 40028, romaji: 'Shingeki no Kyojin: The Final Season', english: 'Attack on Titan Final Season', native: '進撃の巨人 The Final Season', format: 'TV', eps: 16, year: 2020, prequel: 104578, studio: 'MAPPA' },
  { id: 131681, mal: 48583, romaji: 'Shingeki no Kyojin: The Final Season Part 2', english: 'Attack on Titan Final Season Part 2', native: '進撃の巨人 The Final Season Part 2', format: 'TV', eps: 12, year: 2022, prequel: 110277, studio: 'MAPPA' },
  { id: 20811, mal: 31374, romaji: 'Shingeki! Kyojin Chuugakkou', english: 'Attack on Titan: Junior High', native: '進撃！巨人中学校', format: 'TV', eps: 12, year: 2015, parent: 16498 },
  { id: 18397, mal: 18397, romaji: 'Shingeki no Kyojin OVA', english: 'Attack on Titan OVA', native: '進撃の巨人 OVA', format: 'OVA', eps: 3, year: 2013, parent: 16498 },

  { id: 108465, mal: 39535, romaji: 'Mushoku Tensei: Isekai Ittara Honki Dasu', english: 'Mushoku Tensei: Jobless Reincarnation', native: '無職転生 ～異世界行ったら本気だす～', syn: ['Mushoku Tensei'], format: 'TV', eps: 11, year: 2021, studio: 'Studio Bind' },
  { id: 127720, mal: 45576, romaji: 'Mushoku Tensei: Isekai Ittara Honki Dasu Part 2', english: 'Mushoku Tensei: Jobless Reincarnation Part 2', native: '無職転生 ～異世界行ったら本気だす～ 第2クール', format: 'TV', eps: 12, year: 2021, prequel: 108465, studio: 'Studio Bind' },
  { id: 146065, mal: 51179, romaji: 'Mushoku Tensei II: Isekai Ittara Honki Dasu', english: 'Mushoku Tensei: Jobless Reincarnation Season 2', native: '無職転生Ⅱ ～異世界行ったら本気だす～', format: 'TV', eps: 13, year: 2023, prequel: 127720, studio: 'Studio Bind' },
  { id: 166873, mal: 55888, romaji: 'Mushoku Tensei II: Isekai Ittara Honki Dasu Part 2', english: 'Mushoku Tensei: Jobless Reincarnation Season 2 Part 2', native: '無職転生Ⅱ ～異世界行ったら本気だす～ 第2クール', format: 'TV', eps: 12, year: 2024, prequel: 146065, studio: 'Studio Bind' },

  { id: 101348, mal: 37521, romaji: 'Vinland Saga', english: 'Vinland Saga', native: 'ヴィンランド・サガ', format: 'TV', eps: 24, year: 2019, studio: 'WIT STUDIO' },
  { id: 136430, mal: 49387, romaji: 'Vinland Saga Season 2', english: 'Vinland Saga Season 2', native: 'ヴィンランド・サガ SEASON 2', format: 'TV', eps: 24, year: 2023, prequel: 101348, studio: 'MAPPA' },

  { id: 113415, mal: 40748, romaji: 'Jujutsu Kaisen', english: 'JUJUTSU KAISEN', native: '呪術廻戦', format: 'TV', eps: 24, year: 2020, studio: 'MAPPA' },
  { id: 145064, mal: 51009, romaji: 'Jujutsu Kaisen 2nd Season', english: 'JUJUTSU KAISEN Season 2', native: '呪術廻戦 第2期', format: 'TV', eps: 23, year: 2023, prequel: 113415, studio: 'MAPPA' },
  { id: 131573, mal: 48561, romaji: 'Jujutsu Kaisen 0', english: 'JUJUTSU KAISEN 0', native: '劇場版 呪術廻戦 0', format: 'MOVIE', eps: 1, year: 2021, parent: 113415, studio: 'MAPPA' },

  { id: 140960, mal: 50265, romaji: 'SPY×FAMILY', english: 'SPY x FAMILY', native: 'SPY×FAMILY', syn: ['Spy Family'], format: 'TV', eps: 12, year: 2022, studio: 'WIT STUDIO' },
  { id: 142838, mal: 50602, romaji: 'SPY×FAMILY Part 2', english: 'SPY x FAMILY Cour 2', native: 'SPY×FAMILY 第2クール', format: 'TV', eps: 13, year: 2022, prequel: 140960, studio: 'WIT STUDIO' },
  { id: 158927, mal: 53887, romaji: 'SPY×FAMILY Season 2', english: 'SPY x FAMILY Season 2', native: 'SPY×FAMILY Season 2', format: 'TV', eps: 12, year: 2023, prequel: 142838, studio: 'WIT STUDIO' },

  { id: 101922, mal: 38000, romaji: 'Kimetsu no Yaiba', english: 'Demon Slayer: Kimetsu no Yaiba', native: '鬼滅の刃', format: 'TV', eps: 26, year: 2019, studio: 'ufotable' },
  { id: 129874, mal: 49926, romaji: 'Kimetsu no Yaiba: Mugen Ressha-hen', english: 'Demon Slayer: Kimetsu no Yaiba Mugen Train Arc', native: '鬼滅の刃 無限列車編', format: 'TV', eps: 7, year: 2021, prequel: 101922, studio: 'ufotable' },
  { id: 142329, mal: 47778, romaji: 'Kimetsu no Yaiba: Yuukaku-hen', english: 'Demon Slayer: Kimetsu no Yaiba Entertainment District Arc', native: '鬼滅の刃 遊郭編', format: 'TV', eps: 11, year: 2021, prequel: 129874, studio: 'ufotable' },
  { id: 145139, mal: 51019, romaji: 'Kimetsu no Yaiba: Katanakaji no Sato-hen', english: 'Demon Slayer: Kimetsu no Yaiba Swordsmith Village Arc', native: '鬼滅の刃 刀鍛冶の里編', format: 'TV', eps: 11, year: 2023, prequel: 142329, studio: 'ufotable' },
  { id: 112151, mal: 40456, romaji: 'Kimetsu no Yaiba Movie: Mugen Ressha-hen', english: 'Demon Slayer: Kimetsu no Yaiba the Movie: Mugen Train', native: '劇場版 鬼滅の刃 無限列車編', format: 'MOVIE', eps: 1, year: 2020, parent: 101922, studio: 'ufotable' },

  { id: 21355, mal: 31240, romaji: 'Re:Zero kara Hajimeru Isekai Seikatsu', english: 'Re:ZERO -Starting Life in Another World-', native: 'Re:ゼロから始める異世界生活', syn: ['Re:Zero'], format: 'TV', eps: 25, year: 2016, studio: 'WHITE FOX' },
  { id: 108632, mal: 39587, romaji: 'Re:Zero kara Hajimeru Isekai Seikatsu 2nd Season', english: 'Re:ZERO -Starting Life in Another World- Season 2', native: 'Re:ゼロから始める異世界生活 第2期', format: 'TV', eps: 13, year: 2020, prequel: 21355, studio: 'WHITE FOX' },
  { id: 119661, mal: 42203, romaji: 'Re:Zero kara Hajimeru Isekai Seikatsu 2nd Season Part 2', english: 'Re:ZERO -Starting Life in Another World- Season 2 Part 2', native: 'Re:ゼロから始める異世界生活 第2期 後半クール', format: 'TV', eps: 12, year: 2021, prequel: 108632, studio: 'WHITE FOX' },
  { id: 163134, mal: 54857, romaji: 'Re:Zero kara Hajimeru Isekai Seikatsu 3rd Season', english: 'Re:ZERO -Starting Life in Another World- Season 3', native: 'Re:ゼロから始める異世界生活 3rd season', format: 'TV', eps: 16, year: 2024, prequel: 119661, studio: 'WHITE FOX' },
  { id: 21881, mal: 34158, romaji: 'Re:Zero kara Hajimeru Break Time', native: 'Re:ゼロから始める休憩時間', format: 'TV_SHORT', eps: 11, year: 2016, parent: 21355 },

  { id: 9253, mal: 9253, romaji: 'Steins;Gate', english: 'Steins;Gate', native: 'シュタインズ・ゲート', format: 'TV', eps: 24, year: 2011, studio: 'WHITE FOX' },
  { id: 21127, mal: 30484, romaji: 'Steins;Gate 0', english: 'Steins;Gate 0', native: 'シュタインズ・ゲート ゼロ', format: 'TV', eps: 23, year: 2018, parent: 9253, studio: 'WHITE FOX' },
  { id: 11577, mal: 11577, romaji: 'Steins;Gate Movie: Fuka Ryouiki no Déjà vu', english: 'Steins;Gate: The Movie - Load Region of Déjà Vu', native: '劇場版 シュタインズ・ゲート 負荷領域のデジャヴ', format: 'MOVIE', eps: 1, year: 2013, parent: 9253 },

  { id: 5114, mal: 5114, romaji: 'Hagane no Renkinjutsushi: FULLMETAL ALCHEMIST', english: 'Fullmetal Alchemist: Brotherhood', native: '鋼の錬金術師 FULLMETAL ALCHEMIST', syn: ['FMA', 'FMAB', 'Fullmetal Alchemist Brotherhood'], format: 'TV', eps: 64, year: 2009, studio: 'bones' },
  { id: 121, mal: 121, romaji: 'Hagane no Renkinjutsushi', english: 'Fullmetal Alchemist', native: '鋼の錬金術師', syn: ['FMA'], format: 'TV', eps: 51, year: 2003, studio: 'bones' },

  { id: 1535, mal: 1535, romaji: 'DEATH NOTE', english: 'Death Note', native: 'デスノート', format: 'TV', eps: 37, year: 2006, studio: 'MADHOUSE' },
  { id: 2994, mal: 2994, romaji: 'DEATH NOTE: Rewrite', english: 'Death Note: Relight', native: 'デスノート リライト', format: 'SPECIAL', eps: 2, year: 2007, parent: 1535 },

  { id: 21087, mal: 30276, romaji: 'One Punch Man', english: 'One-Punch Man', native: 'ワンパンマン', format: 'TV', eps: 12, year: 2015, studio: 'MADHOUSE' },
  { id: 97668, mal: 34134, romaji: 'One Punch Man 2', english: 'One-Punch Man Season 2', native: 'ワンパンマン 2', format: 'TV', eps: 12, year: 2019, prequel: 21087, studio: 'J.C.STAFF' },

  { id: 21507, mal: 32182, romaji: 'Mob Psycho 100', english: 'Mob Psycho 100', native: 'モブサイコ100', format: 'TV', eps: 12, year: 2016, studio: 'bones' },
  { id: 101338, mal: 37510, romaji: 'Mob Psycho 100 II', english: 'Mob Psycho 100 II', native: 'モブサイコ100 II', format: 'TV', eps: 13, year: 2019, prequel: 21507, studio: 'bones' },
  { id: 140439, mal: 50172, romaji: 'Mob Psycho 100 III', english: 'Mob Psycho 100 III', native: 'モブサイコ100 III', format: 'TV', eps: 12, year: 2022, prequel: 101338, studio: 'bones' },

  { id: 101921, mal: 37999, romaji: 'Kaguya-sama wa Kokurasetai: Tensai-tachi no Renai Zunousen', english: 'Kaguya-sama: Love is War', native: 'かぐや様は告らせたい～天才たちの恋愛頭脳戦～', format: 'TV', eps: 12, year: 2019, studio: 'A-1 Pictures' },
  { id: 112641, mal: 40591, romaji: 'Kaguya-sama wa Kokurasetai? Tensai-tachi no Renai Zunousen', english: 'Kaguya-sama: Love is War Season 2', native: 'かぐや様は告らせたい？～天才たちの恋愛頭脳戦～', format: 'TV', eps: 12, year: 2020, prequel: 101921, studio: 'A-1 Pictures' },
  { id: 125367, mal: 43608, romaji: 'Kaguya-sama wa Kokurasetai: Ultra Romantic', english: 'Kaguya-sama: Love is War -Ultra Romantic-', native: 'かぐや様は告らせたい-ウルトラロマンティック-', format: 'TV', eps: 13, year: 2022, prequel: 112641, studio: 'A-1 Pictures' },

  { id: 150672, mal: 52034, romaji: 'Oshi no Ko', english: '[Oshi No Ko]', native: '【推しの子】', format: 'TV', eps: 11, year: 2023, studio: 'Doga Kobo' },
  { id: 166531, mal: 55791, romaji: 'Oshi no Ko 2nd Season', english: '[Oshi No Ko] Season 2', native: '【推しの子】第2期', format: 'TV', eps: 13, year: 2024, prequel: 150672, studio: 'Doga Kobo' },

  { id: 130003, mal: 47917, romaji: 'Bocchi the Rock!', english: 'BOCCHI THE ROCK!', native: 'ぼっち・ざ・ろっく！', format: 'TV', eps: 12, year: 2022, studio: 'CloverWorks' },
  { id: 127230, mal: 44511, romaji: 'Chainsaw Man', english: 'Chainsaw Man', native: 'チェンソーマン', format: 'TV', eps: 12, year: 2022, studio: 'MAPPA' },
  { id: 120377, mal: 42310, romaji: 'Cyberpunk: Edgerunners', english: 'Cyberpunk: Edgerunners', native: 'サイバーパンク エッジランナーズ', format: 'ONA', eps: 10, year: 2022, studio: 'Trigger' },

  { id: 20464, mal: 20583, romaji: 'Haikyuu!!', english: 'Haikyu!!', native: 'ハイキュー!!', format: 'TV', eps: 25, year: 2014, studio: 'Production I.G' },
  { id: 20992, mal: 28891, romaji: 'Haikyuu!! Second Season', english: 'Haikyu!! 2nd Season', native: 'ハイキュー!! セカンドシーズン', format: 'TV', eps: 25, year: 2015, prequel: 20464, studio: 'Production I.G' },
  { id: 21698, mal: 32935, romaji: 'Haikyuu!! Karasuno Koukou vs Shiratorizawa Gakuen Koukou', english: 'Haikyu!! 3rd Season', native: 'ハイキュー!! 烏野高校 VS 白鳥沢学園高校', format: 'TV', eps: 10, year: 2016, prequel: 20992, studio: 'Production I.G' },
  { id: 106625, mal: 38883, romaji: 'Haikyuu!! TO THE TOP', english: 'Haikyu!! TO THE TOP', native: 'ハイキュー!! TO THE TOP', format: 'TV', eps: 13, year: 2020, prequel: 21698, studio: 'Production I.G' },

  { id: 5081, mal: 5081, romaji: 'Bakemonogatari', english: 'Bakemonogatari', native: '化物語', syn: ['Monogatari'], format: 'TV', eps: 15, year: 2009, studio: 'SHAFT' },
  { id: 4224, mal: 4224, romaji: 'Toradora!', english: 'Toradora!', native: 'とらドラ！', format: 'TV', eps: 25, year: 2008, studio: 'J.C.STAFF' },
  { id: 2167, mal: 2167, romaji: 'CLANNAD', english: 'Clannad', native: 'CLANNAD -クラナド-', format: 'TV', eps: 23, year: 2007, studio: 'Kyoto Animation' },
  { id: 4181, mal: 4181, romaji: 'CLANNAD: AFTER STORY', english: 'Clannad: After Story', native: 'CLANNAD ～AFTER STORY～', format: 'TV', eps: 24, year: 2008, prequel: 2167, studio: 'Kyoto Animation' },
  { id: 1723, mal: 1723, romaji: 'CLANNAD Movie', english: 'Clannad: The Motion Picture', native: '劇場版 CLANNAD', format: 'MOVIE', eps: 1, year: 2007, parent: 2167 },

  { id: 1575, mal: 1575, romaji: 'Code Geass: Hangyaku no Lelouch', english: 'Code Geass: Lelouch of the Rebellion', native: 'コードギアス 反逆のルルーシュ', format: 'TV', eps: 25, year: 2006, studio: 'Sunrise' },
  { id: 2904, mal: 2904, romaji: 'Code Geass: Hangyaku no Lelouch R2', english: 'Code Geass: Lelouch of the Rebellion R2', native: 'コードギアス 反逆のルルーシュR2', format: 'TV', eps: 25, year: 2008, prequel: 1575, studio: 'Sunrise' },

  { id: 30, mal: 30, romaji: 'Shinseiki Evangelion', english: 'Neon Genesis Evangelion', native: '新世紀エヴァンゲリオン', syn: ['Evangelion', 'NGE', 'Eva'], format: 'TV', eps: 26, year: 1995, studio: 'GAINAX' },
  { id: 32, mal: 32, romaji: 'Shinseiki Evangelion Movie: Air / Magokoro wo, Kimi ni', english: 'Neon Genesis Evangelion: The End of Evangelion', native: '新世紀エヴァンゲリオン劇場版 Air/まごころを、君に', syn: ['The End of Evangelion'], format: 'MOVIE', eps: 1, year: 1997, parent: 30 },

  { id: 20665, mal: 23273, romaji: 'Shigatsu wa Kimi no Uso', english: 'Your Lie in April', native: '四月は君の嘘', format: 'TV', eps: 22, year: 2014, studio: 'A-1 Pictures' },
  { id: 21827, mal: 33352, romaji: 'Violet Evergarden', english: 'Violet Evergarden', native: 'ヴァイオレット・エヴァーガーデン', format: 'TV', eps: 13, year: 2018, studio: 'Kyoto Animation' },
  { id: 103047, mal: 37987, romaji: 'Violet Evergarden Movie', english: 'Violet Evergarden: The Movie', native: '劇場版 ヴァイオレット・エヴァーガーデン', format: 'MOVIE', eps: 1, year: 2020, parent: 21827 },

  { id: 21459, mal: 31964, romaji: 'Boku no Hero Academia', english: 'My Hero Academia', native: '僕のヒーローアカデミア', syn: ['MHA', 'BNHA'], format: 'TV', eps: 13, year: 2016, studio: 'bones' },
  { id: 21856, mal: 33486, romaji: 'Boku no Hero Academia 2', english: 'My Hero Academia Season 2', native: '僕のヒーローアカデミア 2', format: 'TV', eps: 25, year: 2017, prequel: 21459, studio: 'bones' },
  { id: 100166, mal: 36456, romaji: 'Boku no Hero Academia 3', english: 'My Hero Academia Season 3', native: '僕のヒーローアカデミア 3', format: 'TV', eps: 25, year: 2018, prequel: 21856, studio: 'bones' },
  { id: 104276, mal: 38408, romaji: 'Boku no Hero Academia 4', english: 'My Hero Academia Season 4', native: '僕のヒーローアカデミア 4', format: 'TV', eps: 25, year: 2019, prequel: 100166, studio: 'bones' },

  { id: 105333, mal: 38691, romaji: 'Dr. STONE', english: 'Dr. STONE', native: 'Dr.STONE', format: 'TV', eps: 24, year: 2019, studio: 'TMS Entertainment' },
  { id: 113936, mal: 40852, romaji: 'Dr. STONE: STONE WARS', english: 'Dr. STONE Season 2', native: 'Dr.STONE STONE WARS', format: 'TV', eps: 11, year: 2021, prequel: 105333, studio: 'TMS Entertainment' },

  { id: 21202, mal: 30831, romaji: 'Kono Subarashii Sekai ni Shukufuku wo!', english: 'KONOSUBA -God\'s blessing on this wonderful world!', native: 'この素晴らしい世界に祝福を！', syn: ['Konosuba'], format: 'TV', eps: 10, year: 2016, studio: 'Studio DEEN' },
  { id: 21699, mal: 32937, romaji: 'Kono Subarashii Sekai ni Shukufuku wo! 2', english: 'KONOSUBA -God\'s blessing on this wonderful world! 2', native: 'この素晴らしい世界に祝福を！2', format: 'TV', eps: 10, year: 2017, prequel: 21202, studio: 'Studio DEEN' },
  { id: 136804, mal: 49458, romaji: 'Kono Subarashii Sekai ni Shukufuku wo! 3', english: 'KONOSUBA -God\'s blessing on this wonderful world! 3', native: 'この素晴らしい世界に祝福を！3', format: 'TV', eps: 11, year: 2024, prequel: 21699, studio: 'Drive' },
  { id: 129277, mal: 38040, romaji: 'Kono Subarashii Sekai ni Bakuen wo!', english: 'KONOSUBA - An Explosion on This Wonderful World!', native: 'この素晴らしい世界に爆焔を！', format: 'TV', eps: 12, year: 2023, parent: 21202, studio: 'Drive' },

  { id: 20832, mal: 29803, romaji: 'Overlord', english: 'Overlord', native: 'オーバーロード', format: 'TV', eps: 13, year: 2015, studio: 'MADHOUSE' },
  { id: 98437, mal: 35073, romaji: 'Overlord II', english: 'Overlord II', native: 'オーバーロードⅡ', format: 'TV', eps: 13, year: 2018, prequel: 20832, studio: 'MADHOUSE' },
  { id: 101474, mal: 37675, romaji: 'Overlord III', english: 'Overlord III', native: 'オーバーロードⅢ', format: 'TV', eps: 13, year: 2018, prequel: 98437, studio: 'MADHOUSE' },
  { id: 133844, mal: 48895, romaji: 'Overlord IV', english: 'Overlord IV', native: 'オーバーロードⅣ', format: 'TV', eps: 13, year: 2022, prequel: 101474, studio: 'MADHOUSE' },

  { id: 11757, mal: 11757, romaji: 'Sword Art Online', english: 'Sword Art Online', native: 'ソードアート・オンライン', syn: ['SAO'], format: 'TV', eps: 25, year: 2012, studio: 'A-1 Pictures' },
  { id: 20594, mal: 21881, romaji: 'Sword Art Online II', english: 'Sword Art Online II', native: 'ソードアート・オンライン II', format: 'TV', eps: 24, year: 2014, prequel: 11757, studio: 'A-1 Pictures' },
  { id: 100182, mal: 36474, romaji: 'Sword Art Online: Alicization', english: 'Sword Art Online: Alicization', native: 'ソードアート・オンライン アリシゼーション', format: 'TV', eps: 24, year: 2018, prequel: 20594, studio: 'A-1 Pictures' },
  { id: 108759, mal: 39597, romaji: 'Sword Art Online: Alicization - War of Underworld', english: 'Sword Art Online: Alicization - War of Underworld', native: 'ソードアート・オンライン アリシゼーション War of Underworld', format: 'TV', eps: 12, year: 2019, prequel: 100182, studio: 'A-1 Pictures' },
  { id: 21428, mal: 31765, romaji: 'Sword Art Online Movie: Ordinal Scale', english: 'Sword Art Online The Movie: Ordinal Scale', native: '劇場版 ソードアート・オンライン -オーディナル・スケール-', format: 'MOVIE', eps: 1, year: 2017, parent: 20594 },

  { id: 20605, mal: 22319, romaji: 'Tokyo Ghoul', english: 'Tokyo Ghoul', native: '東京喰種トーキョーグール', format: 'TV', eps: 12, year: 2014, studio: 'Pierrot' },
  { id: 20850, mal: 27899, romaji: 'Tokyo Ghoul √A', english: 'Tokyo Ghoul √A', native: '東京喰種トーキョーグール√A', syn: ['Tokyo Ghoul Root A'], format: 'TV', eps: 12, year: 2015, prequel: 20605, studio: 'Pierrot' },

  { id: 11061, mal: 11061, romaji: 'HUNTER×HUNTER (2011)', english: 'Hunter x Hunter (2011)', native: 'HUNTER×HUNTER', syn: ['HxH'], format: 'TV', eps: 148, year: 2011, studio: 'MADHOUSE' },
  { id: 136, mal: 136, romaji: 'HUNTER×HUNTER', english: 'Hunter x Hunter', native: 'HUNTER×HUNTER', syn: ['HxH'], format: 'TV', eps: 62, year: 1999, studio: 'Nippon Animation' },

  { id: 918, mal: 918, romaji: 'Gintama', english: 'Gintama', native: '銀魂', format: 'TV', eps: 201, year: 2006, studio: 'Sunrise' },
  { id: 9969, mal: 9969, romaji: "Gintama'", english: 'Gintama Season 2', native: "銀魂'", format: 'TV', eps: 51, year: 2011, prequel: 918, studio: 'Sunrise' },

  { id: 13601, mal: 13601, romaji: 'PSYCHO-PASS', english: 'Psycho-Pass', native: 'PSYCHO-PASS サイコパス', format: 'TV', eps: 22, year: 2012, studio: 'Production I.G' },
  { id: 20513, mal: 23281, romaji: 'PSYCHO-PASS 2', english: 'Psycho-Pass 2', native: 'PSYCHO-PASS サイコパス 2', format: 'TV', eps: 11, year: 2014, prequel: 13601, studio: 'Tatsunoko Production' },

  { id: 5680, mal: 5680, romaji: 'K-ON!', english: 'K-On!', native: 'けいおん！', format: 'TV', eps: 13, year: 2009, studio: 'Kyoto Animation' },
  { id: 7791, mal: 7791, romaji: 'K-ON!!', english: 'K-On! Season 2', native: 'けいおん！！', format: 'TV', eps: 24, year: 2010, prequel: 5680, studio: 'Kyoto Animation' },

  { id: 98444, mal: 34798, romaji: 'Yuru Camp△', english: 'Laid-Back Camp', native: 'ゆるキャン△', syn: ['Yurucamp'], format: 'TV', eps: 12, year: 2018, studio: 'C-Station' },
  { id: 104460, mal: 38474, romaji: 'Yuru Camp△ SEASON 2', english: 'Laid-Back Camp Season 2', native: 'ゆるキャン△ SEASON２', format: 'TV', eps: 13, year: 2021, prequel: 98444, studio: 'C-Station' },
  { id: 101296, mal: 37372, romaji: 'Heya Camp△', english: 'Room Camp', native: 'へやキャン△', format: 'TV_SHORT', eps: 12, year: 2020, parent: 98444 },

  { id: 132405, mal: 48736, romaji: 'Sono Bisque Doll wa Koi wo Suru', english: 'My Dress-Up Darling', native: 'その着せ替え人形は恋をする', format: 'TV', eps: 12, year: 2022, studio: 'CloverWorks' },
  { id: 97986, mal: 34599, romaji: 'Made in Abyss', english: 'Made in Abyss', native: 'メイドインアビス', format: 'TV', eps: 13, year: 2017, studio: 'Kinema Citrus' },
  { id: 114745, mal: 41084, romaji: 'Made in Abyss: Retsujitsu no Ougonkyou', english: 'Made in Abyss: The Golden City of the Scorching Sun', native: 'メイドインアビス 烈日の黄金郷', format: 'TV', eps: 12, year: 2022, prequel: 97986, studio: 'Kinema Citrus' },
  { id: 100049, mal: 36862, romaji: 'Made in Abyss Movie 3: Fukaki Tamashii no Reimei', english: 'Made in Abyss: Dawn of the Deep Soul', native: '劇場版 メイドインアビス 深き魂の黎明', format: 'MOVIE', eps: 1, year: 2020, parent: 97986 },

  { id: 1, mal: 1, romaji: 'Cowboy Bebop', english: 'Cowboy Bebop', native: 'カウボーイビバップ', format: 'TV', eps: 26, year: 1998, studio: 'Sunrise' },
  { id: 5, mal: 5, romaji: 'Cowboy Bebop: Tengoku no Tobira', english: 'Cowboy Bebop: The Movie - Knockin\' on Heaven\'s Door', native: 'カウボーイビバップ 天国の扉', format: 'MOVIE', eps: 1, year: 2001, parent: 1 },
  { id: 21, mal: 21, romaji: 'ONE PIECE', english: 'ONE PIECE', native: 'ONE PIECE', format: 'TV', eps: null, year: 1999, status: 'RELEASING', studio: 'Toei Animation' },
  { id: 20, mal: 20, romaji: 'NARUTO', english: 'Naruto', native: 'NARUTO -ナルト-', format: 'TV', eps: 220, year: 2002, studio: 'Pierrot' },
  { id: 1735, mal: 1735, romaji: 'NARUTO: Shippuuden', english: 'Naruto Shippuden', native: 'NARUTO -ナルト- 疾風伝', format: 'TV', eps: 500, year: 2007, prequel: 20, studio: 'Pierrot' },
  { id: 97938, mal: 34566, romaji: 'BORUTO: NARUTO NEXT GENERATIONS', english: 'Boruto: Naruto Next Generations', native: 'BORUTO-ボルト- NARUTO NEXT GENERATIONS', format: 'TV', eps: 293, year: 2017, parent: 1735, studio: 'Pierrot' },
  { id: 269, mal: 269, romaji: 'BLEACH', english: 'Bleach', native: 'BLEACH', format: 'TV', eps: 366, year: 2004, studio: 'Pierrot' },
  { id: 116674, mal: 41467, romaji: 'BLEACH: Sennen Kessen-hen', english: 'BLEACH: Thousand-Year Blood War', native: 'BLEACH 千年血戦篇', format: 'TV', eps: 13, year: 2022, prequel: 269, studio: 'Pierrot' },

  { id: 9919, mal: 9919, romaji: 'Ao no Exorcist', english: 'Blue Exorcist', native: '青の祓魔師', format: 'TV', eps: 25, year: 2011, studio: 'A-1 Pictures' },
  { id: 6547, mal: 6547, romaji: 'Angel Beats!', english: 'Angel Beats!', native: 'Angel Beats!', format: 'TV', eps: 13, year: 2010, studio: 'P.A. Works' },
  { id: 19815, mal: 19815, romaji: 'No Game No Life', english: 'No Game, No Life', native: 'ノーゲーム・ノーライフ', format: 'TV', eps: 12, year: 2014, studio: 'MADHOUSE' },
  { id: 33352, mal: 33352, romaji: 'No Game No Life: Zero', english: 'No Game, No Life Zero', native: 'ノーゲーム・ノーライフ ゼロ', format: 'MOVIE', eps: 1, year: 2017, parent: 19815 },
  { id: 15335, mal: 15335, romaji: 'Gin no Saji', english: 'Silver Spoon', native: '銀の匙 Silver Spoon', format: 'TV', eps: 11, year: 2013, studio: 'A-1 Pictures' },
  { id: 16417, mal: 16417, romaji: 'Gin no Saji 2nd Season', english: 'Silver Spoon 2', native: '銀の匙 Silver Spoon 2', format: 'TV', eps: 11, year: 2014, prequel: 15335, studio: 'A-1 Pictures' },
  { id: 128893, mal: 46102, romaji: 'Odd Taxi', english: 'ODDTAXI', native: 'オッドタクシー', format: 'TV', eps: 13, year: 2021, studio: 'OLM' },
  { id: 21519, mal: 32281, romaji: 'Kimi no Na wa.', english: 'Your Name.', native: '君の名は。', format: 'MOVIE', eps: 1, year: 2016, studio: 'CoMix Wave Films' },
  { id: 199, mal: 199, romaji: 'Sen to Chihiro no Kamikakushi', english: 'Spirited Away', native: '千と千尋の神隠し', format: 'MOVIE', eps: 1, year: 2001, studio: 'Studio Ghibli' },
  { id: 185680, romaji: 'K-ON! Shuffle', native: 'けいおん！シャッフル', format: 'ONA', eps: 4, year: 2025, status: 'NOT_YET_RELEASED' },
  { id: 143270, mal: 52305, romaji: 'Tomo-chan wa Onnanoko!', english: 'Tomo-chan Is a Girl!', native: 'トモちゃんは女の子！', format: 'TV', eps: 13, year: 2023, studio: 'Lay-duce' },
  { id: 153518, mal: 52807, romaji: 'One Punch Man 3', english: 'One-Punch Man Season 3', native: 'ワンパンマン 3', format: 'TV', eps: 12, year: 2025, status: 'RELEASING', prequel: 97668, studio: 'J.C.STAFF' },
  { id: 6045, mal: 6045, romaji: 'Kimi ni Todoke', english: 'Kimi ni Todoke: From Me to You', native: '君に届け', format: 'TV', eps: 25, year: 2009, studio: 'Production I.G' },
  { id: 9656, mal: 9656, romaji: 'Kimi ni Todoke 2nd Season', english: 'Kimi ni Todoke: From Me to You Season 2', native: '君に届け 2ND SEASON', format: 'TV', eps: 12, year: 2011, prequel: 6045, studio: 'Production I.G' },
  { id: 21745, mal: 33255, romaji: 'Saiki Kusuo no Ψ-nan', english: 'The Disastrous Life of Saiki K.', native: '斉木楠雄のΨ難', format: 'TV', eps: 120, year: 2016, studio: 'J.C.STAFF' },
  { id: 11111, mal: 11111, romaji: 'Another', english: 'Another', native: 'アナザー', format: 'TV', eps: 12, year: 2012, studio: 'P.A. Works' },
  { id: 20623, mal: 23755, romaji: 'Nanatsu no Taizai', english: 'The Seven Deadly Sins', native: '七つの大罪', format: 'TV', eps: 24, year: 2014, studio: 'A-1 Pictures' },
  { id: 99423, mal: 34577, romaji: 'Nanatsu no Taizai: Imashime no Fukkatsu', english: 'The Seven Deadly Sins: Revival of The Commandments', native: '七つの大罪 戒めの復活', format: 'TV', eps: 24, year: 2018, prequel: 20623, studio: 'A-1 Pictures' },
  { id: 2001, mal: 2001, romaji: 'Tengen Toppa Gurren Lagann', english: 'Gurren Lagann', native: '天元突破グレンラガン', format: 'TV', eps: 27, year: 2007, studio: 'GAINAX' },
  { id: 20954, mal: 28851, romaji: 'Koe no Katachi', english: 'A Silent Voice', native: '聲の形', format: 'MOVIE', eps: 1, year: 2016, studio: 'Kyoto Animation' },
  { id: 21234, mal: 31043, romaji: 'Boku dake ga Inai Machi', english: 'ERASED', native: '僕だけがいない街', format: 'TV', eps: 12, year: 2016, studio: 'A-1 Pictures' },
  { id: 21366, mal: 31478, romaji: 'Bungou Stray Dogs', english: 'Bungo Stray Dogs', native: '文豪ストレイドッグス', format: 'TV', eps: 12, year: 2016, studio: 'bones' },
  { id: 21679, mal: 32867, romaji: 'Bungou Stray Dogs 2', english: 'Bungo Stray Dogs 2', native: '文豪ストレイドッグス 第2シーズン', format: 'TV', eps: 12, year: 2016, prequel: 21366, studio: 'bones' },
  { id: 103632, mal: 38003, romaji: 'Bungou Stray Dogs 3', english: 'Bungo Stray Dogs 3', native: '文豪ストレイドッグス 第3シーズン', format: 'TV', eps: 12, year: 2019, prequel: 21679, studio: 'bones' },
];
