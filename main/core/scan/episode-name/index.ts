export { parseEpisodeName } from './parse';
export type { ParsedEpisodeName, ParseOptions, SpecialKind } from './types';
