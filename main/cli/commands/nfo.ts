import path from 'node:path';
import { AnishelfError } from '../../core/errors';
import { createNfoReader } from '../../core/nfo/reader';
import type { NfoDetails, NfoReadResult } from '../../core/nfo/types';
import type { CliCommand } from '../command';
import { printJson } from '../io';

const KIND_NAMES: Record<NfoReadResult['kind'], string> = {
  tvshow: 'TV show',
  episodedetails: 'episode',
  movie: 'movie',
  'url-only': 'links only',
  unknown: 'not an NFO Anishelf can use',
};

export const nfoCommand: CliCommand = {
  register(program, io) {
    program
      .command('nfo')
      .description('show what Anishelf reads from a Kodi NFO file, and what is wrong with it')
      .argument('<file>', 'an NFO file: tvshow.nfo, an episode NFO or a movie NFO')
      .option('--json', 'print one JSON object')
      .action(async (file: string, options: { json?: boolean }) => {
        const absolute = path.resolve(file);
        const reader = createNfoReader({ size: 1 });
        let result: NfoReadResult;
        try {
          result = await reader.read(absolute);
        } finally {
          await reader.close();
        }
        refuseUnreadable(absolute, result);
        if (options.json) {
          const { kind, problems, ...fields } = result;
          printJson(io, { file: absolute, kind, ...fields, problems });
        } else {
          io.stdout.write(describe(absolute, result));
        }
      });
  },
};

/** A file that could not be read at all is a bad argument (exit 2), not an NFO with problems. */
function refuseUnreadable(file: string, result: NfoReadResult): void {
  const problem = result.problems[0];
  if (!problem || result.problems.length > 1) return;
  if (problem.code === 'NFO_NOT_FOUND') throw new AnishelfError('NFO_NOT_FOUND', `There is no file at ${file}; check the path.`);
  if (problem.code === 'NFO_IS_DIRECTORY') throw new AnishelfError('NFO_IS_DIRECTORY', `${file} is a folder, not an NFO file; give the path of a .nfo file.`);
  if (problem.code === 'NFO_UNREADABLE') throw new AnishelfError('NFO_UNREADABLE', `Cannot read ${file}: ${problem.message}`);
}

function describe(file: string, r: NfoReadResult): string {
  const rows: [string, string | null][] = [
    ['Kind', KIND_NAMES[r.kind]],
    ...detailRows(r).filter(([key]) => key !== 'Episode' || r.kind === 'episodedetails'),
    ['Episode guide', pairs(r.episodeGuide)],
    ['Named seasons', pairs(r.namedSeasons)],
    ['Links', r.urls.join(', ') || null],
  ];
  if (r.episodes.length > 1) {
    rows.push(['Episodes', r.episodes.map((e) => `${episodeCode(e) ?? '?'} ${e.title ?? ''}`.trim()).join('; ')]);
  }
  const lines = [file, ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `  ${k.padEnd(15)} ${oneLine(v!)}`)];
  if (r.problems.length === 0) lines.push(`  ${'Problems'.padEnd(15)} none`);
  for (const p of r.problems) lines.push(`  ${'Problem'.padEnd(15)} ${p.code}: ${oneLine(p.message)}`);
  return `${lines.join('\n')}\n`;
}

function detailRows(d: NfoDetails): [string, string | null][] {
  const ids = Object.entries(d.uniqueIds).map(([t, v]) => `${t} ${v}${d.defaultUniqueId?.type === t ? ' (default)' : ''}`);
  const art = new Map<string, number>();
  for (const a of d.art) {
    const key = a.season === null ? a.aspect : `season ${a.aspect}`;
    art.set(key, (art.get(key) ?? 0) + 1);
  }
  return [
    ['Title', d.title],
    ['Original title', d.originalTitle],
    ['Show title', d.showTitle],
    ['Sort title', d.sortTitle],
    ['Episode', episodeCode(d)],
    ['Year', d.year === null ? null : String(d.year)],
    ['Premiered', d.premiered],
    ['Aired', d.aired],
    ['Status', d.status],
    ['Runtime', d.runtime === null ? null : `${d.runtime} min`],
    ['Rated', d.mpaa],
    ['Ids', ids.join(', ') || null],
    ['Genres', d.genres.join(', ') || null],
    ['Studios', d.studios.join(', ') || null],
    ['Tags', d.tags.join(', ') || null],
    ['Ratings', d.ratings.map((x) => `${x.source} ${x.value}${x.max ? `/${x.max}` : ''}${x.votes ? ` (${x.votes} votes)` : ''}`).join(', ') || null],
    ['Actors', d.actors.map((a) => (a.role ? `${a.name} as ${a.role}` : a.name)).join(', ') || null],
    ['Art', [...art].map(([k, n]) => `${k} ×${n}`).join(', ') || null],
    ['Locked', d.locked ? 'yes (Anishelf will not change this file)' : null],
    ['Plot', d.plot && (d.plot.length > 160 ? `${d.plot.slice(0, 160)}…` : d.plot)],
  ];
}

function episodeCode(d: NfoDetails): string | null {
  if (d.episode === null) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `S${d.season === null ? '??' : two(d.season)}E${two(d.episode)}`;
}

function pairs(map: Record<string | number, string>): string | null {
  return Object.entries(map).map(([k, v]) => `${k}: ${v}`).join(', ') || null;
}

// NFO text is untrusted: no control characters reach the terminal.
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
