import fs from 'node:fs/promises';
import path from 'node:path';
import { encodePng } from './png';

export const SAMPLE_FOLDER = 'Sample Library';

interface SampleSeries {
  folder: string;
  files: string[];
  nfo?: string;
  art?: Array<'poster' | 'fanart' | 'logo'>;
  hue: number;
}

const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i + 1));
const two = (n: number) => String(n).padStart(2, '0');

// Real-looking names in the styles people actually have on disk: fansub, scene, Sonarr, seasons.
const SERIES: SampleSeries[] = [
  { folder: 'Sousou no Frieren (2023)', hue: 150, art: ['poster', 'fanart', 'logo'], files: range(12, (e) => `[SubsPlease] Sousou no Frieren - ${two(e)} (1080p) [A1B2C3D${e % 10}].mkv`),
    nfo: '<tvshow><title>Frieren: Beyond Journey\'s End</title><originaltitle>葬送のフリーレン</originaltitle><year>2023</year><uniqueid type="tvdb" default="true">424536</uniqueid><genre>Adventure</genre><genre>Fantasy</genre></tvshow>' },
  { folder: 'Bocchi the Rock! (2022)', hue: 330, art: ['poster'], files: range(12, (e) => `Bocchi.the.Rock.S01E${two(e)}.1080p.WEB.x264-GRP.mkv`) },
  { folder: 'Cowboy Bebop (1998)', hue: 20, art: ['poster', 'fanart'], files: [...range(13, (e) => `Season 1/Cowboy Bebop - S01E${two(e)}.mkv`), ...range(13, (e) => `Season 2/Cowboy Bebop - S02E${two(e)}.mkv`)],
    nfo: '<tvshow><title>Cowboy Bebop</title><year>1998</year><plot>Bounty hunters drift through the solar system in 2071.</plot><uniqueid type="tvdb" default="true">76885</uniqueid></tvshow>' },
  { folder: 'Made in Abyss', hue: 200, art: ['fanart'], files: range(13, (e) => `[Judas] Made in Abyss - ${two(e)} [1080p][HEVC x265 10bit].mkv`) },
  { folder: 'Mob Psycho 100 [tvdbid-305074]', hue: 280, files: range(12, (e) => `Mob Psycho 100 - 1x${two(e)}.mkv`) },
  { folder: 'Odd Taxi (2021)', hue: 50, art: ['poster', 'fanart', 'logo'], files: range(13, (e) => `Odd Taxi - ${two(e)}.mp4`),
    nfo: '<tvshow><title>Odd Taxi</title><year>2021</year><lockdata>true</lockdata></tvshow>' },
  { folder: 'Planetes', hue: 220, files: [...range(26, (e) => `Season 1/Planetes - S01E${two(e)}.mkv`), 'Specials/Planetes - S00E01.mkv'] },
  { folder: 'Ping Pong the Animation', hue: 100, art: ['poster'], files: range(11, (e) => `[Commie] Ping Pong the Animation - ${two(e)} [BD 720p].mkv`) },
  { folder: 'Mushishi', hue: 120, files: range(26, (e) => `Mushishi Ep${two(e)}.avi`) },
  { folder: 'Haikyuu!! S2', hue: 30, art: ['poster'], files: range(25, (e) => `[HorribleSubs] Haikyuu!! S2 - ${two(e)} [720p].mkv`) },
  { folder: 'Kaiba', hue: 260, files: range(12, (e) => `Kaiba - ${two(e)}v2.mkv`) },
  { folder: 'Steins;Gate (2011)', hue: 0, art: ['poster', 'fanart'], files: range(24, (e) => `Steins;Gate - S01E${two(e)} - Episode ${e}.mkv`) },
];

/**
 * Writes a small library with real-looking names, NFO files and generated artwork under
 * `<dataDir>/Sample Library`, so a new user sees the loader at work within seconds. Existing
 * files are kept: running it twice changes nothing.
 */
export async function createSampleLibrary(dataDir: string): Promise<string> {
  const root = path.join(dataDir, SAMPLE_FOLDER);
  for (const series of SERIES) {
    const dir = path.join(root, series.folder);
    for (const file of series.files) await writeIfMissing(path.join(dir, file), Buffer.from('sample video placeholder\n'));
    if (series.nfo) await writeIfMissing(path.join(dir, 'tvshow.nfo'), Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n${series.nfo}\n`));
    for (const kind of series.art ?? []) await writeIfMissing(path.join(dir, `${kind}.png`), artwork(kind, series.hue));
  }
  return root;
}

async function writeIfMissing(file: string, content: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, content, { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
}

function artwork(kind: 'poster' | 'fanart' | 'logo', hue: number): Buffer {
  const [w, h] = kind === 'poster' ? [200, 300] : kind === 'fanart' ? [320, 180] : [200, 78];
  return encodePng(w, h, (x, y) => hsl((hue + (x + y) / 8) % 360, kind === 'logo' ? 0.2 : 0.55, 0.25 + 0.4 * (y / h)));
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))));
  return [f(0), f(8), f(4)];
}
