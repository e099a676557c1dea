import { parseEpisodeName } from '../main/core/scan/episode-name/index';
import { CORPUS_STYLES } from '../main/core/scan/episode-name/corpus/styles';
import { round } from './fixtures';

const GENERATED_NAMES = 170_000;
const PASSES = 5;

export interface ParseThroughput {
  names: number;
  seconds: number;
  namesPerSecond: number;
  /** The same pass measured in this thread's CPU time: less hurt by other processes on the machine. */
  namesPerCpuSecond: number;
}

export type NameSet = 'corpus' | 'generated';

/** The parser's own corpus, repeated to about 170,000 names, or 170,000 generated names. */
export function measureNameSet(set: NameSet): ParseThroughput & { corpusNames?: number } {
  const warmUp = generateNames(5_000, 7);
  if (set === 'generated') return measure(generateNames(GENERATED_NAMES, 20_240_115), warmUp);
  const corpus = Object.values(CORPUS_STYLES).flatMap((cases) => cases.map((c) => flatString(c.name)));
  const names: string[] = [];
  while (names.length < GENERATED_NAMES) names.push(...corpus);
  return { corpusNames: corpus.length, ...measure(names, warmUp) };
}

/**
 * Parses `names` on this thread, best of five passes (other processes on the machine only ever
 * make a pass slower), after a warm-up on `warmUp` so the engine has compiled the hot paths.
 */
function measure(names: readonly string[], warmUp: readonly string[]): ParseThroughput {
  for (const name of warmUp) parseEpisodeName(name);
  let seconds = Infinity;
  let cpuSeconds = Infinity;
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let episodes = 0;
    for (const name of names) episodes += parseEpisodeName(name).episodes.length;
    const used = process.cpuUsage(cpu);
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
    if (episodes === 0) throw new Error('no episode numbers were read from the names');
  }
  return {
    names: names.length,
    seconds: round(seconds, 3),
    namesPerSecond: Math.round(names.length / seconds),
    namesPerCpuSecond: Math.round(names.length / cpuSeconds),
  };
}

// Template literals and imported constants can be rope strings that the parser's first read
// would flatten inside the timed loop; names read from disk arrive flat, so they are flattened here.
function flatString(name: string): string {
  return Buffer.from(name, 'utf8').toString('utf8');
}

const TITLES = [
  'Sousou no Frieren', 'Jujutsu Kaisen', 'Shingeki no Kyojin', 'Mob Psycho 100', 'Vinland Saga', 'Spy x Family',
  'Kaguya-sama wa Kokurasetai', 'Re:Zero kara Hajimeru Isekai Seikatsu', 'Kimetsu no Yaiba', 'Steins;Gate', 'Made in Abyss',
  'Dungeon Meshi', 'Oshi no Ko', 'Bocchi the Rock!', 'Cowboy Bebop', 'Fullmetal Alchemist Brotherhood', 'Monogatari Series',
  'Yuru Camp', 'Hunter x Hunter', 'Boku no Hero Academia', 'Mushoku Tensei', 'Tensei Shitara Slime Datta Ken', 'Dr. Stone',
  'The Expanse', 'Breaking Bad', 'Better Call Saul', 'The Office', 'Doctor Who', 'Mr. Robot', 'Game of Thrones', 'The Wire',
  'Star Trek Strange New Worlds', 'Severance', 'The Bear', 'House of the Dragon', 'Stranger Things', 'Dark', 'Fargo',
  'Twin Peaks', 'The Last of Us', 'Arcane', 'Blue Eye Samurai', 'Pluribus', 'Slow Horses', 'Shogun', 'Andor',
];
const LONG_RUNNERS = ['One Piece', 'Detective Conan', 'Naruto Shippuden', 'Bleach', 'Gintama', 'Doraemon', 'Pokemon'];
const DAILY = ['The Daily Show', 'Last Week Tonight with John Oliver', 'The Tonight Show Starring Jimmy Fallon', 'Jeopardy', 'Conan'];
const CJK_TITLES = ['葬送的芙莉莲', '咒术回战', '间谍过家家', '孤独摇滚', '鬼灭之刃'];
const FANSUBS = ['SubsPlease', 'Erai-raws', 'HorribleSubs', 'Judas', 'ASW', 'EMBER', 'Commie', 'Coalgirls', 'FFF', 'Kaleido-subs', 'DameDesuYo', 'Tsundere'];
const CJK_GROUPS = ['喵萌奶茶屋', '桜都字幕组', '极影字幕社', 'LoliHouse', '千夏字幕组'];
const SCENE_GROUPS = ['NTb', 'FLUX', 'EDITH', 'SuccessfulCrab', 'KiNGS', 'DIMENSION', 'LOL', 'CtrlHD', 'GRP', 'ETHEL', 'MiNX'];
const RESOLUTIONS = ['1080p', '720p', '2160p', '480p'];
const SOURCES = ['WEB', 'WEB-DL', 'WEBRip', 'BluRay', 'HDTV', 'AMZN.WEB-DL', 'NF.WEB-DL'];
const CODECS = ['x264', 'x265', 'H.264', 'HEVC', 'h264', 'AV1'];
const EXTENSIONS = ['mkv', 'mkv', 'mkv', 'mp4', 'avi'];
const EPISODE_TITLES = ['Pilot', 'The Journey Begins', 'Gray Matter', 'A Reunion and a Parting', 'Ozymandias', 'The Long Night', 'Homecoming'];

type Random = () => number;

function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function num(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function crc(random: Random): string {
  return Math.floor(random() * 2 ** 32).toString(16).toUpperCase().padStart(8, '0');
}

function dotted(title: string): string {
  return title.replace(/[:;!']/g, '').replace(/\s+/g, '.');
}

const STYLES: ((r: Random) => string)[] = [
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} - ${num(1 + Math.floor(r() * 24))} (${pick(r, RESOLUTIONS)}) [${crc(r)}].mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} - ${num(1 + Math.floor(r() * 24))}v2 [${pick(r, RESOLUTIONS)}][${crc(r)}].mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} S${2 + Math.floor(r() * 3)} - ${num(1 + Math.floor(r() * 12))} [${pick(r, RESOLUTIONS)} HEVC x265 10bit][Multi-Subs].mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} ${2 + Math.floor(r() * 2)}nd Season - ${num(1 + Math.floor(r() * 12))} [${pick(r, RESOLUTIONS)}].mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, LONG_RUNNERS)} - ${100 + Math.floor(r() * 1000)} [${pick(r, RESOLUTIONS)}][${crc(r)}].mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} - ${num(1 + Math.floor(r() * 6))}-${num(7 + Math.floor(r() * 6))} [BD ${pick(r, RESOLUTIONS)} FLAC]`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} - ${pick(r, ['NCOP', 'NCED', 'OVA ', 'SP'])}${1 + Math.floor(r() * 3)} [BD ${pick(r, RESOLUTIONS)}].mkv`,
  (r) => `${pick(r, TITLES)} - S${num(1 + Math.floor(r() * 5))}E${num(1 + Math.floor(r() * 24))} - ${pick(r, EPISODE_TITLES)}.${pick(r, EXTENSIONS)}`,
  (r) => `${pick(r, TITLES)} (${2000 + Math.floor(r() * 25)}) - S${num(1 + Math.floor(r() * 5))}E${num(1 + Math.floor(r() * 24))} - ${pick(r, EPISODE_TITLES)} [WEBDL-${pick(r, RESOLUTIONS)}].mkv`,
  (r) => `${dotted(pick(r, TITLES))}.S${num(1 + Math.floor(r() * 9))}E${num(1 + Math.floor(r() * 24))}.${pick(r, RESOLUTIONS)}.${pick(r, SOURCES)}.${pick(r, CODECS)}-${pick(r, SCENE_GROUPS)}.${pick(r, EXTENSIONS)}`,
  (r) => `${dotted(pick(r, TITLES))}.S${num(1 + Math.floor(r() * 9))}E${num(1 + Math.floor(r() * 20))}-E${num(21 + Math.floor(r() * 3))}.${pick(r, RESOLUTIONS)}.${pick(r, SOURCES)}.DDP5.1.${pick(r, CODECS)}-${pick(r, SCENE_GROUPS)}.mkv`,
  (r) => `${pick(r, TITLES)} - ${1 + Math.floor(r() * 9)}x${num(1 + Math.floor(r() * 24))} - ${pick(r, EPISODE_TITLES)}.avi`,
  (r) => `${pick(r, TITLES)} Ep${num(1 + Math.floor(r() * 24))} [${pick(r, RESOLUTIONS)}].mp4`,
  (r) => `${dotted(pick(r, DAILY))}.${2010 + Math.floor(r() * 15)}.${num(1 + Math.floor(r() * 12))}.${num(1 + Math.floor(r() * 28))}.Guest.Name.720p.WEB.h264-${pick(r, SCENE_GROUPS)}.mkv`,
  (r) => `【${pick(r, CJK_GROUPS)}】★04月新番★[${pick(r, CJK_TITLES)}/${pick(r, TITLES)}][${num(1 + Math.floor(r() * 24))}][${pick(r, RESOLUTIONS)}][简日双语].mp4`,
  (r) => `[${pick(r, CJK_GROUPS)}] ${pick(r, TITLES)} - ${num(1 + Math.floor(r() * 24))} [WebRip ${pick(r, RESOLUTIONS)} HEVC-10bit AAC][简繁内封字幕].mkv`,
  (r) => `${pick(r, TITLES)}/Season ${1 + Math.floor(r() * 4)}/${num(1 + Math.floor(r() * 24))}.mkv`,
  (r) => `${pick(r, TITLES)}/Season ${num(1 + Math.floor(r() * 4))}/${pick(r, TITLES)} - S${num(1 + Math.floor(r() * 4))}E${num(1 + Math.floor(r() * 24))}.mkv`,
  (r) => `${pick(r, TITLES)}/Specials/${pick(r, TITLES)} - S00E${num(1 + Math.floor(r() * 6))} - ${pick(r, EPISODE_TITLES)}.mkv`,
  (r) => `[${pick(r, FANSUBS)}] ${pick(r, TITLES)} - ${num(1 + Math.floor(r() * 12))}.5 [${pick(r, RESOLUTIONS)}].mkv`,
];

/** `count` names in every style, deterministic for a seed. */
function generateNames(count: number, seed: number): string[] {
  const random = seeded(seed);
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(flatString(pick(random, STYLES)(random)));
  return names;
}
