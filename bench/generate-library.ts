import fs from 'node:fs/promises';
import path from 'node:path';

export interface SyntheticLibraryOptions {
  series: number;
  /** Average videos per series (the 5,000-series library uses 34 → about 170,000 files). */
  episodesPerSeries?: number;
  seed?: number;
  /** Put series behind an A–Z letter layer. */
  letterLayer?: boolean;
  /** Every series gets exactly `episodesPerSeries` videos instead of 0.5–1.5 times as many. */
  exact?: boolean;
  /**
   * The library as Kodi, tinyMediaManager or Jellyfin's NFO saver keep it: every series has a
   * tvshow.nfo and every video an episode NFO beside it.
   */
  kodiNfos?: boolean;
}

export interface SyntheticLibrary {
  root: string;
  seriesFolders: string[];
  videoFiles: number;
}

const WORDS = ['Sousou', 'Frieren', 'Kimi', 'Sora', 'Hikari', 'Kaze', 'Yoru', 'Tsuki', 'Hoshi', 'Mirai', 'Kokoro', 'Yume', 'Shinsekai', 'Tenshi', 'Akuma', 'Ryuu', 'Neko', 'Sakura', 'Bocchi', 'Rock', 'Abyss', 'Steins', 'Gate', 'Bebop', 'Planet', 'Taxi', 'Mob', 'Psycho', 'Ping', 'Pong', 'Haikyuu', 'Mushi', 'Kaiba'];
const GROUPS = ['SubsPlease', 'Erai-raws', 'Judas', 'EMBER', 'ASW', 'Commie', 'HorribleSubs'];
const PNG_1PX = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108020000009077' + '53de0000000c4944415408d763f8cfc000000301010018dd8db00000000049454e44ae426082', 'hex');

/** A deterministic pseudo-random generator, so every run builds the same library. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An episode NFO as Kodi's library export writes one (the fields a scraper fills). */
function episodeNfo(show: string, at: { season: number; episode: number }, id: number): string {
  const aired = `20${String(10 + (at.season % 10)).padStart(2, '0')}-${String(((at.episode - 1) % 12) + 1).padStart(2, '0')}-${String(((at.episode * 7) % 28) + 1).padStart(2, '0')}`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
    '<episodedetails>',
    `    <title>Episode ${at.episode} of ${show}</title>`,
    `    <showtitle>${show}</showtitle>`,
    `    <season>${at.season}</season>`,
    `    <episode>${at.episode}</episode>`,
    `    <plot>The crew of ${show} faces the ${at.episode}th day of the season, and a choice that changes what comes after.</plot>`,
    '    <runtime>24</runtime>',
    `    <aired>${aired}</aired>`,
    `    <uniqueid type="tvdb" default="true">${id}</uniqueid>`,
    '    <rating name="tvdb" max="10" default="true"><value>7.9</value><votes>120</votes></rating>',
    '    <credits>Someone Writer</credits>',
    '    <director>Someone Director</director>',
    '</episodedetails>',
    '',
  ].join('\n');
}

/**
 * Writes a library of empty video files in the naming styles people have: fansub releases,
 * scene releases, Sonarr "Title - S01E05" in season folders, "1x05"; some series carry a
 * tvshow.nfo and artwork. Used by bench/ and the end-to-end tests.
 */
export async function generateLibrary(root: string, options: SyntheticLibraryOptions): Promise<SyntheticLibrary> {
  const random = rng(options.seed ?? 42);
  const perSeries = options.episodesPerSeries ?? 34;
  const seriesFolders: string[] = [];
  let videoFiles = 0;
  await fs.mkdir(root, { recursive: true });
  for (let i = 0; i < options.series; i++) {
    const title = `${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]} ${i + 1}`;
    const year = 1990 + Math.floor(random() * 35);
    const style = i % 4;
    const folderName = style === 0 ? `${title} (${year})` : style === 1 ? `[${GROUPS[i % GROUPS.length]}] ${title}` : title;
    const parent = options.letterLayer ? path.join(root, folderName[0]!.toUpperCase()) : root;
    const dir = path.join(parent, folderName);
    const count = options.exact ? perSeries : Math.max(1, Math.round(perSeries * (0.5 + random())));
    const files: string[] = [];
    const episodes: Array<{ season: number; episode: number }> = [];
    for (let e = 1; e <= count; e++) {
      const ep = String(e).padStart(2, '0');
      const season = Math.floor((e - 1) / 12) + 1;
      const sEp = String(((e - 1) % 12) + 1).padStart(2, '0');
      if (style === 0) files.push(`Season ${season}/${title} - S${String(season).padStart(2, '0')}E${sEp} - Episode ${e}.mkv`);
      else if (style === 1) files.push(`[${GROUPS[i % GROUPS.length]}] ${title} - ${ep} (1080p) [${(0xabcdef00 + e).toString(16).toUpperCase()}].mkv`);
      else if (style === 2) files.push(`${title.replace(/ /g, '.')}.S${String(season).padStart(2, '0')}E${sEp}.1080p.WEB.x264-GRP.mkv`);
      else files.push(`${title} - ${season}x${sEp}.mp4`);
      episodes.push(style === 1 ? { season: 1, episode: e } : { season, episode: ((e - 1) % 12) + 1 });
    }
    await fs.mkdir(dir, { recursive: true });
    const subdirs = new Set(files.filter((f) => f.includes('/')).map((f) => path.join(dir, path.dirname(f))));
    await Promise.all([...subdirs].map((d) => fs.mkdir(d, { recursive: true })));
    await Promise.all(files.map((f) => fs.writeFile(path.join(dir, f), '')));
    if (options.kodiNfos) {
      const nfoOf = (f: string) => path.join(dir, `${f.slice(0, f.lastIndexOf('.'))}.nfo`);
      await Promise.all(files.map((f, n) => fs.writeFile(nfoOf(f), episodeNfo(title, episodes[n]!, 1000000 * (i + 1) + n))));
    }
    if (i % 3 === 0 || options.kodiNfos) {
      await fs.writeFile(path.join(dir, 'tvshow.nfo'), `<?xml version="1.0" encoding="UTF-8"?>\n<tvshow><title>${title}</title><year>${year}</year><uniqueid type="tvdb" default="true">${100000 + i}</uniqueid></tvshow>\n`);
      await fs.writeFile(path.join(dir, 'poster.png'), PNG_1PX);
    }
    if (i % 5 === 0) await fs.writeFile(path.join(dir, 'fanart.png'), PNG_1PX);
    seriesFolders.push(dir);
    videoFiles += files.length;
  }
  return { root, seriesFolders, videoFiles };
}
