import { c, type CorpusCase } from './case';

// Words for "episode" in other languages: Turkish "Bölüm" (before or after the number), Dutch
// "afl.", Spanish "Cap." (season and episode in one number), German "Folge", Italian and Spanish
// "Episodio", Portuguese "Episódio", Spanish and Portuguese "Capítulo", Russian "Серия", Japanese
// "第01話" with "第2期" for the season, Korean "제5화" and "1회". The word is never part of the title.
export const foreignWords: CorpusCase[] = [
  c('Kurulus Osman 120. Bölüm.mp4', 'Kurulus Osman', null, [120], [120]),
  c('Dirilis Ertugrul Bölüm 05.mkv', 'Dirilis Ertugrul', null, [5], [5]),
  c('Kara Sevda 74.Bölüm (HD).mp4', 'Kara Sevda', null, [74], [74]),
  c('Yalı Çapkını 3. Bölüm.mp4', 'Yalı Çapkını', null, [3], [3]),
  c('Flikken Maastricht afl. 12.mp4', 'Flikken Maastricht', null, [12], [12]),
  c('Goede Tijden Slechte Tijden afl 6543.mkv', 'Goede Tijden Slechte Tijden', null, [6543], [6543]),
  c('Dragon Ball Super Cap. 101.mp4', 'Dragon Ball Super', 1, [1], []),
  c('Dragon Ball Super Cap.101.mp4', 'Dragon Ball Super', 1, [1], []),
  c('La Casa de Papel Cap. 205 [HDTV 720p].mkv', 'La Casa de Papel', 2, [5], []),
  c('Tatort Folge 5.mkv', 'Tatort', null, [5], [5]),
  c('Die Pfefferkörner - Folge 12.mp4', 'Die Pfefferkörner', null, [12], [12]),
  c('Pokemon Episodio 12.mkv', 'Pokemon', null, [12], [12]),
  c('Naruto Shippuden Episodio 301 [Sub Ita].mp4', 'Naruto Shippuden', null, [301], [301]),
  c('進撃の巨人 第01話.mp4', '進撃の巨人', null, [1], [1]),
  c('進撃の巨人 第2期 第01話.mp4', '進撃の巨人', 2, [1], []),
  c('鬼滅の刃 第3期 第05話 (1920x1080).mp4', '鬼滅の刃', 3, [5], []),
  c('ゆるキャン△ 第2期 第12話.mkv', 'ゆるキャン△', 2, [12], []),
  c('One Piece Capítulo 1071 [1080p].mkv', 'One Piece', null, [1071], [1071]),
  c('Detective Conan Capitulo 1100.mp4', 'Detective Conan', null, [1100], [1100]),
  c('Naruto Shippuden Episódio 05 Legendado.mkv', 'Naruto Shippuden', null, [5], [5]),
  c('Атака титанов - Серия 05.mkv', 'Атака титанов', null, [5], [5]),
  c('Магическая битва СЕРИЯ 12 [1080p].mkv', 'Магическая битва', null, [12], [12]),
  c('나의 아저씨 제05화.mp4', '나의 아저씨', null, [5], [5]),
  c('런닝맨 1회.mp4', '런닝맨', null, [1], [1]),
];
