import { episodesStage } from './stages/episodes';
import { imagesStage } from './stages/images';
import { logoStage } from './stages/logo';
import { nfoStage } from './stages/nfo';
import type { Stage } from './stage';

/** The stages of a load, in the order they run for each series. A new stage is one line here. */
export const STAGES: readonly Stage[] = [episodesStage, nfoStage, logoStage, imagesStage];
