import { describe, expect, test } from 'vitest';
import { beforeDiscFolder, videoDisplayName } from './disc-path';

describe('disc rips', () => {
  test('the index file of a DVD or Blu-ray folder rip is found behind the folder that holds it, either separator, any case', () => {
    expect(beforeDiscFolder('Season 1/Show S01E01/VIDEO_TS/VIDEO_TS.IFO')).toBe('Season 1/Show S01E01');
    expect(beforeDiscFolder('video_ts/video_ts.ifo')).toBe('');
    expect(beforeDiscFolder('C:\\Show\\Disc 2\\BDMV\\index.bdmv')).toBe('C:\\Show\\Disc 2');
    expect(beforeDiscFolder('Show/Show - 01.mkv')).toBeNull();
    expect(beforeDiscFolder('Show/VIDEO_TS/VTS_01_1.VOB')).toBeNull();
    expect(beforeDiscFolder('Show/VIDEO_TS.IFO')).toBeNull();
  });

  test('a video is shown by its file name, a disc rip by the folder holding it (every disc index has the same name)', () => {
    expect(videoDisplayName('C:\\anime\\Show\\ep.mkv')).toBe('ep.mkv');
    expect(videoDisplayName('/anime/Show/ep.mkv')).toBe('ep.mkv');
    expect(videoDisplayName('/anime/Show/Season 1/Show S01E01/VIDEO_TS/VIDEO_TS.IFO')).toBe('Show S01E01/VIDEO_TS');
    expect(videoDisplayName('C:\\anime\\Show\\Disc 2\\BDMV\\index.bdmv')).toBe('Disc 2/BDMV');
  });
});
