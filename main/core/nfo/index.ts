// Kodi NFO files: reading (in worker threads), merging and writing tvshow.nfo.
export { parseNfo } from './parse';
export { createNfoReader } from './reader';
export type { NfoReader, NfoReaderOptions } from './reader';
export { mergeNfo } from './merge';
export { saveTvshowNfo } from './save';
export type { SaveNfoOptions, SaveNfoResult } from './save';
export { decodeNfoBytes } from './decode';
export { MAX_NFO_BYTES } from './guard';
export { BLOCKING_PROBLEMS } from './types';
export type {
  NfoActor,
  NfoArt,
  NfoDetails,
  NfoKind,
  NfoProblem,
  NfoProblemCode,
  NfoRating,
  NfoReadResult,
  NfoUniqueId,
  TvshowFields,
} from './types';
