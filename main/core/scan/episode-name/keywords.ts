/**
 * Words that describe a release rather than name the show. "Strong" kinds end a title and make a
 * bracket metadata on their own; weak kinds (languages, flags) do so only in numbers.
 */
export type MetaKind = 'resolution' | 'source' | 'codec' | 'depth' | 'audio' | 'container' | 'lang' | 'other' | 'cjk';

export interface MetaWord {
  kind: MetaKind;
  /** Canonical spelling for source and codec; otherwise the word as written. */
  value: string;
}

const STRONG: ReadonlySet<MetaKind> = new Set(['resolution', 'source', 'codec', 'depth', 'audio', 'container']);

export function isStrong(kind: MetaKind): boolean {
  return STRONG.has(kind);
}

function table(kind: MetaKind, entries: Record<string, string[]>): [string, MetaWord][] {
  const rows: [string, MetaWord][] = [];
  for (const [value, words] of Object.entries(entries)) for (const w of words) rows.push([w, { kind, value }]);
  return rows;
}

const SOURCES = table('source', {
  'WEB-DL': ['web-dl', 'webdl', 'webhd', 'dlmux', 'web-dlrip', 'webdlrip', 'amzn-dl'],
  WEBRip: ['webrip', 'web-rip', 'webcap', 'web-cap', 'netflixuhdrip'],
  BluRay: ['bluray', 'blu-ray', 'bluraymux', 'blurayrip', 'bdremux', 'bd-remux', 'bdmv', 'bd25', 'bd50'],
  BDRip: ['bdrip', 'bd-rip', 'brrip', 'br-rip'],
  DVD: ['dvd', 'dvd5', 'dvd9', 'dvd-r', 'dvdr', 'dvdmux', 'ntsc-dvd'],
  DVDRip: ['dvdrip', 'dvd-rip', 'dvdscr', 'dvdscreener'],
  HDTV: ['hdtv', 'hdtvrip', 'hdtv-rip', 'hdtvmux', 'ahdtv', 'uhdtv', 'hdtvx264'],
  PDTV: ['pdtv'],
  SDTV: ['sdtv'],
  DSR: ['dsr', 'dsrip', 'dthrip', 'satrip', 'sat-rip'],
  TVRip: ['tvrip', 'tv-rip'],
  HDRip: ['hdrip', 'hd-rip', 'hdlight'],
  DVB: ['dvb', 'dvb-rip', 'dvbrip'],
  Remux: ['remux'],
  VHSRip: ['vhsrip'],
});

const CODECS = table('codec', {
  x264: ['x264'],
  x265: ['x265'],
  'H.264': ['h264', 'h.264'],
  'H.265': ['h265', 'h.265'],
  HEVC: ['hevc', 'hevc2'],
  AVC: ['avc', 'avchd'],
  AV1: ['av1'],
  VP9: ['vp9'],
  XviD: ['xvid'],
  DivX: ['divx', 'divx5', 'divx6', 'divx5.2.1'],
  'MPEG-2': ['mpeg2', 'mpeg-2'],
  'VC-1': ['vc1', 'vc-1'],
  RealVideo: ['rv10', 'rv40'],
  WMV: ['wmv', 'wmv3'],
});

const DEPTHS = table('depth', {
  '10bit': ['10bit', '10-bit', '10bits', 'hi10p', 'hi10', '10b', 'main10', 'yuv420p10', 'hi444pp'],
  '8bit': ['8bit', '8-bit', '8bits', '8b'],
  '12bit': ['12bit', '12-bit'],
});

const AUDIO = table('audio', {
  audio: [
    'aac', 'ac3', 'ac3d', 'eac3', 'e-ac3', 'dts', 'dts-hd', 'dtshd', 'dts-es', 'dts-hdma', 'dts-x', 'truehd', 'atmos',
    'flac', 'mp3', 'ogg', 'vorbis', 'opus', 'pcm', 'lpcm', 'he-aac', 'ddp', 'dd+', 'eac', 'aac-lc', 'dtshd-ma',
  ],
});

const CONTAINERS = table('container', { container: ['mkv', 'mp4', 'avi', 'rmvb', 'wmv', 'm2ts'] });

const LANGS = table('lang', {
  lang: [
    'vostfr', 'vost', 'vostf', 'subfrench', 'truefrench', 'multisub', 'multisubs', 'multi-subs', 'multi-sub', 'dual-audio',
    'dualaudio', 'subbed', 'dubbed', 'hardsub', 'hardsubs', 'softsub', 'softsubs', 'nlsubs', 'nlsub', 'swesub', 'hebsubs',
    'legendado', 'legendas', 'dublado', 'subtitulado', 'castellano', 'english-dub', 'eng-sub', 'multiaudio',
  ],
});

const OTHERS = table('other', {
  other: [
    'proper', 'repack', 'rerip', 'readnfo', 'dirfix', 'samplefix', 'nfofix', 'fastsub', 'remastered', 'remaster',
    'uncensored', 'uncut', 'extended', 'complete', 'batch', 'hdr', 'hdr10', 'hdr10+', 'dovi', 'sdr', 'uhd', '4k',
    'netflixuhd', 'itunes', 'itunesHD', 'hditunes', 'reenc', 're-enc', 'reencoded', 're-encoded', 'preair', 'widescreen',
    '24fps', '30fps', '60fps', 'vfr', 'vostfr', 'ntsc', 'uncensored-bd', 'bonus-disc',
  ],
});

/** Matched case-insensitively anywhere in a name. */
export const META_WORDS: ReadonlyMap<string, MetaWord> = new Map([
  ...SOURCES, ...CODECS, ...DEPTHS, ...AUDIO, ...LANGS, ...OTHERS,
]);

/** Matched only as written (upper case or scene casing): as words they could be in a title. */
export const UPPER_WORDS: ReadonlyMap<string, MetaWord> = new Map<string, MetaWord>([
  ['WEB', { kind: 'source', value: 'WEB' }],
  ['BD', { kind: 'source', value: 'BD' }],
  ...[
    'END', 'FINAL', 'FIN', 'HD', 'SD', 'DL', 'WS', 'FS', 'HC', 'DV', 'REAL', 'LIMITED', 'MULTi', 'MULTI', 'iNTERNAL',
    'INTERNAL', 'DUAL', 'FRENCH', 'GERMAN', 'ENG', 'JAP', 'JPN', 'ITA', 'RUS', 'SPANISH', 'ENGLISH', 'VF', 'VFF', 'VFQ', 'VO', 'NF', 'AMZN', 'DSNP', 'HMAX', 'ATVP', 'HULU', 'PCOK', 'PMTP', 'STAN',
    'iT', 'CR', 'ADN', 'CC', 'iP', 'HBO', 'MA', 'DOKU', 'CHS', 'CHT', 'GB', 'BIG5', 'Big5', 'LQ', 'HQ', 'RAW', 'PROPER',
    'REPACK', 'DUBBED', 'SUBBED', 'OGG', 'DD', 'AAC', 'UNRATED', 'OAR', 'MKV', 'MP4',
  ].map((w): [string, MetaWord] => [w, { kind: 'lang', value: w }]),
]);

/** Languages by their English names (and German's own), as scene releases write them before their release words. */
export const LANGUAGE_NAMES: ReadonlySet<string> = new Set([
  'english', 'german', 'deutsch', 'french', 'spanish', 'italian', 'japanese', 'russian', 'dutch', 'polish', 'portuguese',
  'swedish', 'danish', 'norwegian', 'finnish', 'korean', 'chinese', 'turkish', 'czech', 'hungarian', 'hindi',
]);

/**
 * Words some series number their episodes with in place of "Episode": Initial D's "Act 01", Code
 * Geass's "Stage" and "Turn", Gundam SEED's "Phase", Hajime no Ippo's "Round", Black Jack's
 * "Karte", Avatar's "Chapter". Kodi's rules read them too (kodi/advanced-settings.ts).
 */
export const EPISODE_NAMING_WORDS: readonly string[] = ['act', 'chapter', 'karte', 'lesson', 'mission', 'phase', 'round', 'stage', 'turn'];

/** What follows a language's name to say the release is subtitled or dubbed in it. */
export const SUB_OR_DUB: ReadonlySet<string> = new Set(['sub', 'subs', 'dub', 'dubs', 'subbed', 'dubbed']);

/** Only inside brackets, where short words like "Sub" or "Raw" cannot be part of a title. */
export const BRACKET_WORDS: ReadonlySet<string> = new Set([
  'sub', 'dub', 'jp', 'en', 'fr', 'es', 'it', 'de', 'ru', 'jpn', 'eng', 'ita', 'spa', 'esp',
  'chi', 'chn', 'ger', 'fre', 'jap', 'kor', 'por', 'pt-br', 'ptbr', 'latino', 'japanese', 'english', 'french', 'german',
  'spanish', 'italian', 'russian', 'chinese', 'multi', 'multiple', 'subtitle', 'subtitles', 'dual', 'audio', 'web',
  'chap', 'chapters', 'mux', 'rip', 'soft', 'hard', 'fixed', 'hq', 'lq', 'sd', 'hd', 'fhd', 'gb', 'big5', 'chs', 'cht',
  'sc', 'tc', 'jpsc', 'jptc', 'end', 'final', 'finale', 'fin', 'full', 'bd', 'ova', 'version', 'patch',
  'eng-sub', 'english-dub', 'vf', 'vff', 'vo', 'mkv', 'mp4', 'avi', 'ass', 'srt', 'pgs', 'cc', 'ws', 'nf', 'cr', 'ma',
]);

/** Chinese fansub tags: subtitle language, "new this season", recruiting notes. */
export const CJK_TAG = /新番|简|繁|招募|内嵌|内封|外挂|双语|雙語|中字|日語|日语|合集|完結|完结|國漫|国漫|生肉|熟肉/;

/**
 * "[Grp] Show - 12 END", "- 24 Final": the group's mark of the last episode after its number,
 * never the episode's title (after a " - " it would be one).
 */
export function isEndMark(word: string): boolean {
  if (word.length < 3 || word.length > 5) return false;
  const w = word.toLowerCase();
  return w === 'end' || w === 'final' || w === 'fin';
}
