import { AnishelfError } from '../../core/errors';
import { parseEpisodeName, type ParsedEpisodeName } from '../../core/scan/episode-name/index';
import type { CliCommand } from '../command';
import { readStdinLines, terminalWidth, type CliIo } from '../io';
import { formatTable } from '../table';

const HEADERS = ['TITLE', 'YEAR', 'SEASON', 'EPISODES', 'ABSOLUTE', 'KIND', 'GROUP', 'RES', 'NAME'];

export const parseCommand: CliCommand = {
  register(program, io) {
    program
      .command('parse')
      .description('read title, season and episode numbers from episode file names')
      .argument('[names...]', 'file names or relative paths (Show/Season 1/05.mkv); one per line on stdin when none are given')
      .option('--json', 'print one JSON object per name, one per line (JSON Lines), in input order')
      .action(async (names: string[], options: { json?: boolean }) => {
        const inputs = names.length > 0 ? names : await readNames(io);
        if (options.json) writeJsonLines(io, inputs);
        else io.stdout.write(formatTable(HEADERS, inputs.map((name) => row(parseEpisodeName(name))), { width: terminalWidth(io), shrink: ['NAME', 'TITLE'] }));
      });
  },
};

async function readNames(io: CliIo): Promise<string[]> {
  if (io.stdin.isTTY) {
    throw new AnishelfError('PARSE_NO_INPUT', 'Give file names as arguments, or pipe them in one per line (ls | anishelf parse).');
  }
  return readStdinLines(io);
}

// Thousands of lines are written in chunks rather than one write per name.
function writeJsonLines(io: CliIo, inputs: readonly string[]): void {
  let chunk = '';
  for (const name of inputs) {
    chunk += `${JSON.stringify(parseEpisodeName(name))}\n`;
    if (chunk.length > 64 * 1024) {
      io.stdout.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') io.stdout.write(chunk);
}

/** 1,2,3,4,7 → "1-4,7": a season pack stays one short cell. */
export function compactNumbers(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}-${numbers[j]}` : j === i + 1 ? `${numbers[i]},${numbers[j]}` : String(numbers[i]));
    i = j;
  }
  return parts.join(',');
}

// Names come from disk and may hold control characters; a terminal must not run them.
function printable(text: string | null): string {
  return text === null ? '' : text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function row(r: ParsedEpisodeName): string[] {
  const episodes = r.decimalEpisode !== null ? String(r.decimalEpisode) : r.airDate !== null && r.episodes.length === 0 ? r.airDate : compactNumbers(r.episodes);
  return [
    printable(r.title),
    r.year === null ? '' : String(r.year),
    r.season === null ? '' : String(r.season),
    episodes,
    compactNumbers(r.absolute),
    r.special ? (r.specialKind ?? 'special') : '',
    printable(r.group),
    r.resolution ?? '',
    printable(r.input),
  ];
}
