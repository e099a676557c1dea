import type { CorpusCase } from './case';
import { cjk } from './cjk';
import { daily } from './daily';
import { dateFirst } from './date-first';
import { dottedNumbers } from './dotted-numbers';
import { episodeWords } from './episode-words';
import { fansub } from './fansub';
import { fansubSe } from './fansub-se';
import { folders } from './folders';
import { foreignWords } from './foreign-words';
import { glued } from './glued';
import { longRunners } from './long-runners';
import { multi } from './multi';
import { ranges } from './ranges';
import { scene } from './scene';
import { specials } from './specials';
import { titleMarkers } from './title-markers';
import { titleNumbers } from './title-numbers';
import { titleStops } from './title-stops';
import { tv } from './tv';

/** The whole corpus by style: the table-driven tests check it, the name-parsing bench repeats it. */
export const CORPUS_STYLES: Readonly<Record<string, CorpusCase[]>> = {
  fansub, scene, tv, daily, longRunners, cjk, specials, folders, multi,
  dateFirst, foreignWords, titleStops, fansubSe, titleMarkers, glued, ranges, dottedNumbers,
  titleNumbers, episodeWords,
};
