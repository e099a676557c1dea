import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createNfoReader } from '../../main/core/nfo/reader';
import { mapLimit } from '../../main/core/util/map-limit';
import { round } from '../fixtures';
import { withEventLoopDelay } from '../measure';
import type { BenchScenario } from '../scenario';

const FILES = 5_000;
const EPISODES_PER_SHOW = 33;
const IN_FLIGHT = 32;
const PASSES = 3;
const TARGET_FILES_PER_SECOND = 10_000;

/**
 * Writes 5,000 NFO files shaped like Kodi's and tinyMediaManager's (a tvshow.nfo and 33 episode
 * NFOs per show), then reads them all through the worker-thread reader while sampling the main
 * thread's event-loop delay; best of three passes. Targets: 10,000 files per second, p99 under
 * 50 ms. The CPU figure counts every thread of the process (main and workers).
 */
export const readNfos: BenchScenario = {
  name: 'read-nfos',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anishelf-bench-nfos-'));
    const reader = createNfoReader();
    try {
      const files = writeNfos(dir);
      await reader.read(files[0]!); // start the workers before the clock does
      let seconds = Infinity;
      let cpuSeconds = Infinity;
      let worstP99 = 0;
      let worstMax = 0;
      for (let pass = 0; pass < PASSES; pass++) {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const { result, p99Ms, maxMs } = await withEventLoopDelay(() => mapLimit(files, IN_FLIGHT, (file) => reader.read(file)));
        const used = process.cpuUsage(cpu);
        seconds = Math.min(seconds, (performance.now() - started) / 1000);
        cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
        worstP99 = Math.max(worstP99, p99Ms);
        worstMax = Math.max(worstMax, maxMs);
        const withProblems = result.filter((r) => r.problems.length > 0 || r.title === null).length;
        if (withProblems > 0) throw new Error(`${withProblems} generated NFO files were not read cleanly`);
      }
      return {
        files: files.length,
        seconds: round(seconds, 2),
        filesPerSecond: Math.round(files.length / seconds),
        target: TARGET_FILES_PER_SECOND,
        filesPerCpuSecond: Math.round(files.length / cpuSeconds),
        eventLoopDelayP99Ms: round(worstP99, 1),
        eventLoopDelayMaxMs: round(worstMax, 1),
        eventLoopDelayTargetMs: 50,
        workers: reader.size,
      };
    } finally {
      await reader.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** The bench's NFO set: 5,000 files in `root`, the same for every run. */
export function writeNfos(root: string): string[] {
  const random = seeded(20_240_115);
  const files: string[] = [];
  for (let show = 0; files.length < FILES; show++) {
    const showDir = path.join(root, `Show ${show} (${1990 + (show % 30)})`);
    fs.mkdirSync(path.join(showDir, 'Season 01'), { recursive: true });
    const tvshow = path.join(showDir, 'tvshow.nfo');
    fs.writeFileSync(tvshow, tvshowNfo(show, random));
    files.push(tvshow);
    for (let ep = 1; ep <= EPISODES_PER_SHOW && files.length < FILES; ep++) {
      const file = path.join(showDir, 'Season 01', `Show ${show} - S01E${String(ep).padStart(2, '0')}.nfo`);
      fs.writeFileSync(file, episodeNfo(show, ep, random));
      files.push(file);
    }
  }
  return files;
}

const WORDS = ['journey', 'sword', 'のフリーレン', 'bebop', 'stars', '魔法', 'city', 'night', 'ghost', 'shell', '&', 'dragon', 'school', 'summer', '旅'];

function words(random: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ').replace(/&/g, '&amp;');
}

function actors(random: () => number, n: number): string {
  return Array.from({ length: n }, (_, i) =>
    `    <actor>\n        <name>${words(random, 2)}</name>\n        <role>${words(random, 2)}</role>\n        <order>${i}</order>\n        <thumb>https://image.tmdb.org/t/p/original/${i}.jpg</thumb>\n    </actor>`,
  ).join('\n');
}

function tvshowNfo(show: number, random: () => number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!-- created on 2024-03-02 18:11:27 - Kodi 21.0 -->
<tvshow>
    <title>${words(random, 3)}</title>
    <originaltitle>${words(random, 2)}</originaltitle>
    <ratings>
        <rating name="themoviedb" max="10" default="true">
            <value>${(5 + random() * 5).toFixed(6)}</value>
            <votes>${Math.floor(random() * 5000)}</votes>
        </rating>
    </ratings>
    <plot>${words(random, 40 + Math.floor(random() * 80))}</plot>
    <thumb aspect="poster" preview="https://image.tmdb.org/t/p/w780/${show}.jpg">https://image.tmdb.org/t/p/original/${show}.jpg</thumb>
    <thumb season="1" type="season" aspect="poster">https://image.tmdb.org/t/p/original/${show}-s1.jpg</thumb>
    <fanart>
        <thumb preview="https://image.tmdb.org/t/p/w780/f${show}.jpg">https://image.tmdb.org/t/p/original/f${show}.jpg</thumb>
    </fanart>
    <episodeguide>{"tmdb":"${show + 1000}","tvdb":"${show + 70000}"}</episodeguide>
    <uniqueid type="tmdb" default="true">${show + 1000}</uniqueid>
    <uniqueid type="tvdb">${show + 70000}</uniqueid>
    <genre>Animation</genre>
    <genre>Action &amp; Adventure</genre>
    <premiered>${1990 + (show % 30)}-04-03</premiered>
    <status>Ended</status>
    <studio>Sunrise</studio>
${actors(random, 5 + Math.floor(random() * 15))}
    <namedseason number="1">Season 1</namedseason>
</tvshow>
`;
}

function episodeNfo(show: number, episode: number, random: () => number): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<episodedetails>
    <title>${words(random, 4)}</title>
    <showtitle>Show ${show}</showtitle>
    <season>1</season>
    <episode>${episode}</episode>
    <plot>${words(random, 20 + Math.floor(random() * 60))}</plot>
    <runtime>24</runtime>
    <thumb aspect="thumb">https://image.tmdb.org/t/p/original/${show}-${episode}.jpg</thumb>
    <uniqueid type="tmdb" default="true">${show * 100 + episode}</uniqueid>
    <aired>${1990 + (show % 30)}-${String(1 + (episode % 12)).padStart(2, '0')}-15</aired>
    <fileinfo>
        <streamdetails>
            <video><codec>hevc</codec><width>1920</width><height>1080</height><durationinseconds>1440</durationinseconds></video>
            <audio><codec>aac</codec><language>jpn</language><channels>2</channels></audio>
        </streamdetails>
    </fileinfo>
${actors(random, 2 + Math.floor(random() * 4))}
</episodedetails>
`;
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
