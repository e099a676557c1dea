import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadedLibrary, testCore } from '../../testing/core';
import { requirePermissionChecks, unwritableDir } from '../../testing/faults';
import { libraryDir, writeTree } from '../../testing/temp';
import { recordWritten } from '../../db/repos/written-files';

const KODI_NFO = `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!-- written by Kodi -->
<tvshow>
    <title>Frieren: Beyond Journey's End</title>
    <originaltitle>葬送のフリーレン</originaltitle>
    <sorttitle>Frieren</sorttitle>
    <plot>An elf mage outlives her party.</plot>
    <premiered>2023-09-29</premiered>
    <status>Ended</status>
    <genre>Adventure</genre>
    <genre>Fantasy</genre>
    <studio>Madhouse</studio>
    <uniqueid type="tvdb" default="true">424536</uniqueid>
    <uniqueid type="tmdb">209867</uniqueid>
    <customtag keep="yes">user data</customtag>
</tvshow>
`;

async function loaded(files: Record<string, string>) {
  const { id: byFolder, ...rest } = await loadedLibrary(files);
  return { ...rest, byFolder };
}

describe('the nfo stage', () => {
  test('reads tvshow.nfo into the series and leaves the file byte for byte', async () => {
    const { core, lib, byFolder } = await loaded({ 'Frieren [tvdbid-424536]/Frieren - 01.mkv': '', 'Frieren [tvdbid-424536]/tvshow.nfo': KODI_NFO });
    const detail = await core.getSeries(byFolder('Frieren [tvdbid-424536]'));
    expect(detail).toMatchObject({ title: "Frieren: Beyond Journey's End", year: 2023, hasNfo: true, loadingStatus: 'completed' });
    expect(detail.metadata).toEqual({
      title: "Frieren: Beyond Journey's End", originalTitle: '葬送のフリーレン', sortTitle: 'Frieren', year: 2023,
      plot: 'An elf mage outlives her party.', genres: ['Adventure', 'Fantasy'], providerIds: { tvdb: '424536', tmdb: '209867' }, locked: false,
    });
    expect(detail.nfo).toEqual({ state: 'valid', problems: [] });
    expect(fs.readFileSync(path.join(lib, 'Frieren [tvdbid-424536]', 'tvshow.nfo'), 'utf8')).toBe(KODI_NFO);
    await core.close();
  });

  test('an invalid NFO marks the series "NFO invalid", lists the problem, and loading completes; the file is untouched', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><tvshow><title>&lol2;</title></tvshow>';
    const { core, lib, byFolder } = await loaded({ 'Bomb/e01.mkv': '', 'Bomb/tvshow.nfo': bomb, 'Cut/e01.mkv': '', 'Cut/tvshow.nfo': '<tvshow><title>Cut off' });
    for (const name of ['Bomb', 'Cut']) {
      const detail = await core.getSeries(byFolder(name));
      expect(detail.loadingError, name).toBeNull();
      expect(detail.loadingStatus, name).toBe('completed');
      expect(detail.title, name).toBe(name);
      expect(detail.nfo!.state, name).toBe('invalid');
      expect(detail.nfo!.problems.length, name).toBeGreaterThan(0);
    }
    expect(fs.readFileSync(path.join(lib, 'Bomb', 'tvshow.nfo'), 'utf8')).toBe(bomb);
    await core.close();
  });

  test('a show whose every video has its episode NFO, but no tvshow.nfo, gets the minimal one Kodi needs to list it', async () => {
    const episodeNfo = (n: number) => `<episodedetails><title>Part ${n}</title><season>1</season><episode>${n}</episode></episodedetails>`;
    const { core, lib, byFolder } = await loaded({
      'Kept/Kept - S01E01.mkv': '', 'Kept/Kept - S01E01.nfo': episodeNfo(1),
      'Kept/Kept - S01E02.mkv': '', 'Kept/Kept - S01E02.nfo': episodeNfo(2),
      // Unnumbered videos without episode NFOs (a folder of extras) still get none.
      'Loose/making of.mkv': '', 'Loose/interview.mkv': '',
    });
    await core.episodeNfos.whenIdle();
    expect(fs.readFileSync(path.join(lib, 'Kept', 'tvshow.nfo'), 'utf8')).toContain('<title>Kept</title>');
    expect(await core.getSeries(byFolder('Kept'))).toMatchObject({ hasNfo: true, nfo: { state: 'valid', problems: [] } });
    expect(fs.readFileSync(path.join(lib, 'Kept', 'Kept - S01E01.nfo'), 'utf8')).toBe(episodeNfo(1));
    expect(fs.existsSync(path.join(lib, 'Loose', 'tvshow.nfo'))).toBe(false);
    await core.close();
  });

  test('episode NFOs give titles, and numbers only where the file name has none', async () => {
    const ep = (title: string, episode: number) => `<episodedetails><title>${title}</title><season>1</season><episode>${episode}</episode></episodedetails>`;
    const { core, byFolder } = await loaded({
      'Show/Show - S01E01.mkv': '', 'Show/Show - S01E01.nfo': ep('The Journey Ends', 9),
      'Show/Bonus Clip.mkv': '', 'Show/Bonus Clip.nfo': ep('Hidden Episode', 7),
      // The placeholder written where a name has no title says nothing its number does not.
      'Show/Show - S01E02.mkv': '', 'Show/Show - S01E02.nfo': ep('Episode 2', 2),
      'Show/Show - S01E03.mkv': '', 'Show/Show - S01E03.nfo': ep('Episode 3 (Part 1)', 3),
      'Show/Show - S01E04 - Episode 5.mkv': '', 'Show/Show - S01E04 - Episode 5.nfo': ep('Episode 5', 4),
    });
    const episodes = (await core.getSeries(byFolder('Show'))).episodes;
    const named = Object.fromEntries(episodes.map((e) => [path.basename(e.path), e]));
    expect(named['Show - S01E01.mkv']).toMatchObject({ title: 'The Journey Ends', season: 1, episodes: [1] });
    expect(named['Bonus Clip.mkv']).toMatchObject({ title: 'Hidden Episode', episodes: [7] });
    expect(named['Show - S01E02.mkv']).toMatchObject({ title: null, episodes: [2] });
    expect(named['Show - S01E03.mkv']).toMatchObject({ title: null, episodes: [3] });
    // Another number is a real title ("Episode 5" is what episode 4 is called).
    expect(named['Show - S01E04 - Episode 5.mkv']).toMatchObject({ title: 'Episode 5', episodes: [4] });
    await core.close();
  });

  test("Anishelf's own episode NFO that an older reading of the name titled wrongly is written again on reload; the user's is read", async () => {
    const video = 'Dark/Dark.S01E01.German.DL.1080p.WEB.x264-GRP.mkv';
    const edited = 'Dark/Dark.S01E02.German.DL.1080p.WEB.x264-GRP.mkv';
    const { core, lib, byFolder } = await loaded({ [video]: '', [edited]: '' });
    const id = byFolder('Dark');
    const nfoOf = (v: string) => path.join(lib, v.replace(/\.mkv$/, '.nfo'));
    // As an older version wrote it: its own file, recorded, with the language read as the title.
    const old = (n: number) => `<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<episodedetails>\n    <title>German</title>\n    <season>1</season>\n    <episode>${n}</episode>\n</episodedetails>\n`;
    fs.writeFileSync(nfoOf(video), old(1));
    await recordWritten(core.db, nfoOf(video), 'episode-nfo', Buffer.from(old(1)));
    // The user's own edit of the other one (not what Anishelf recorded) names the episode so.
    fs.writeFileSync(nfoOf(edited), old(2).replace('German', 'German Cut'));
    await core.reload(id);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    const named = Object.fromEntries((await core.getSeries(id)).episodes.map((e) => [path.basename(e.path), e]));
    expect(named[path.basename(video)]).toMatchObject({ title: null, episodes: [1] });
    expect(named[path.basename(edited)]).toMatchObject({ title: 'German Cut', episodes: [2] });
    const rewritten = fs.readFileSync(nfoOf(video), 'utf8');
    expect(rewritten).toContain('<title>Episode 1</title>');
    expect(rewritten).not.toContain('German');
    expect(fs.readFileSync(nfoOf(edited), 'utf8')).toContain('<title>German Cut</title>');
    // Written again and recorded: the next reload reads it back as the row already has it.
    await core.reload(id);
    await core.whenLoaderIdle();
    await core.episodeNfos.whenIdle();
    expect((await core.getSeries(id)).episodes.find((e) => path.basename(e.path) === path.basename(video))).toMatchObject({ title: null });
    const row = await core.db.selectFrom('episodes').select('nfo_path').where('path', '=', path.join(lib, video)).executeTakeFirstOrThrow();
    expect(row.nfo_path).toBe(nfoOf(video));
    expect(fs.readFileSync(nfoOf(video), 'utf8')).toBe(rewritten);
    await core.close();
  });

  test('edits made to tvshow.nfo outside Anishelf are picked up on reload', async () => {
    const { core, lib, byFolder } = await loaded({ 'Show/e01.mkv': '', 'Show/tvshow.nfo': '<tvshow><title>Old</title></tvshow>' });
    const id = byFolder('Show');
    expect((await core.getSeries(id)).title).toBe('Old');
    fs.writeFileSync(path.join(lib, 'Show', 'tvshow.nfo'), '<tvshow><title>New</title><year>2001</year></tvshow>');
    await core.reload(id);
    await core.whenLoaderIdle();
    expect(await core.getSeries(id)).toMatchObject({ title: 'New', year: 2001 });
    await core.close();
  });
});

describe('saving metadata', () => {
  test('a new tvshow.nfo written for a plot edit carries the title and year shown', async () => {
    const { core, lib, byFolder } = await loaded({ 'Mushishi (2005)/e01.mkv': '' });
    const saved = await core.saveMetadata(byFolder('Mushishi (2005)'), { plot: 'Ginko wanders.' });
    expect(saved).toMatchObject({ title: 'Mushishi', year: 2005, hasNfo: true });
    const written = fs.readFileSync(path.join(lib, 'Mushishi (2005)', 'tvshow.nfo'), 'utf8');
    expect(written).toContain('<title>Mushishi</title>');
    expect(written).toContain('<year>2005</year>');
    expect(written).toContain('<plot>Ginko wanders.</plot>');
    await core.close();
  });

  test('creates tvshow.nfo when missing, then merges edits keeping unknown elements', async () => {
    const { core, lib, byFolder } = await loaded({ 'Plain/e01.mkv': '', 'Frieren/e01.mkv': '', 'Frieren/tvshow.nfo': KODI_NFO });
    const plain = await core.saveMetadata(byFolder('Plain'), { title: 'Plain & <Simple>', year: 1999, genres: ['Drama'], providerIds: { anilist: '42' } });
    expect(plain).toMatchObject({ title: 'Plain & <Simple>', year: 1999, hasNfo: true, nfo: { state: 'valid' } });
    const written = fs.readFileSync(path.join(lib, 'Plain', 'tvshow.nfo'), 'utf8');
    expect(written).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes" \?>/);
    expect(written).toContain('<title>Plain &amp; &lt;Simple&gt;</title>');
    expect(written).toContain('<uniqueid type="anilist" default="true">42</uniqueid>');

    await core.saveMetadata(byFolder('Frieren'), { plot: 'Edited --> ]]> plot', providerIds: { tvdb: '424536', tmdb: '209867', anilist: '154587' } });
    const merged = fs.readFileSync(path.join(lib, 'Frieren', 'tvshow.nfo'), 'utf8');
    expect(merged).toContain('<customtag keep="yes">user data</customtag>');
    expect(merged).toContain('<!-- written by Kodi -->');
    expect(merged).toContain('<uniqueid type="anilist">154587</uniqueid>');
    // What Anishelf wrote reads back the same on the next load.
    await core.reload(byFolder('Frieren'));
    await core.whenLoaderIdle();
    expect((await core.getSeries(byFolder('Frieren'))).metadata).toMatchObject({ plot: 'Edited --> ]]> plot', providerIds: { tvdb: '424536', tmdb: '209867', anilist: '154587' } });
    await core.close();
  });

  test('a locked NFO is never rewritten, except to unlock it', async () => {
    const locked = '<tvshow><title>Mine</title><lockdata>true</lockdata></tvshow>';
    const { core, lib, byFolder } = await loaded({ 'Mine/e01.mkv': '', 'Mine/tvshow.nfo': locked });
    const id = byFolder('Mine');
    expect((await core.getSeries(id)).metadata!.locked).toBe(true);
    await expect(core.saveMetadata(id, { title: 'Theirs' })).rejects.toMatchObject({ code: 'NFO_LOCKED' });
    expect(fs.readFileSync(path.join(lib, 'Mine', 'tvshow.nfo'), 'utf8')).toBe(locked);
    expect((await core.getSeries(id)).title).toBe('Mine');
    await core.saveMetadata(id, { locked: false });
    await core.saveMetadata(id, { title: 'Theirs' });
    expect(fs.readFileSync(path.join(lib, 'Mine', 'tvshow.nfo'), 'utf8')).toContain('<title>Theirs</title>');
    await core.close();
  });

  test('a read-only series folder keeps the original NFO and the database as they were', async () => {
    const { core, byFolder } = await loaded({ 'Show/e01.mkv': '' });
    const id = byFolder('Show');
    const readOnlyParent = path.dirname(unwritableDir());
    const before = await core.getSeries(id);
    // Point the series at a read-only copy of its folder, as on a read-only share.
    fs.chmodSync(readOnlyParent, 0o755);
    fs.mkdirSync(path.join(readOnlyParent, 'Show'));
    fs.writeFileSync(path.join(readOnlyParent, 'Show', 'tvshow.nfo'), '<tvshow><title>Show</title></tvshow>');
    fs.chmodSync(path.join(readOnlyParent, 'Show'), 0o555);
    await core.db.updateTable('series').set({ path: path.join(readOnlyParent, 'Show') }).where('id', '=', id).execute();
    await expect(core.saveMetadata(id, { title: 'Changed' })).rejects.toMatchObject({ code: 'WRITE_READ_ONLY', message: expect.stringMatching(/read-only/) });
    expect(fs.readFileSync(path.join(readOnlyParent, 'Show', 'tvshow.nfo'), 'utf8')).toBe('<tvshow><title>Show</title></tvshow>');
    expect((await core.getSeries(id)).title).toBe(before.title);
    await core.close();
  });

  test('a tvshow.nfo that cannot be written says why with the missing NFO, and a reload once writable writes it', async () => {
    requirePermissionChecks();
    const core = await testCore();
    const lib = libraryDir();
    writeTree(lib, { 'Shared/Shared - 01.mkv': '', 'Local/Local - 01.mkv': '' });
    fs.chmodSync(path.join(lib, 'Shared'), 0o555);
    const { added } = await core.addFolders([lib]);
    const id = (name: string) => added.find((s) => path.basename(s.path) === name)!.id;
    await core.startLoader();
    await core.whenLoaderIdle();
    const shared = await core.getSeries(id('Shared'));
    expect(shared).toMatchObject({ loadingStatus: 'completed', loadingError: null, hasNfo: false, videoCount: 1 });
    expect(shared.nfo).toEqual({
      state: 'missing',
      problems: [{ code: 'WRITE_READ_ONLY', message: `Anishelf cannot write tvshow.nfo in ${path.join(lib, 'Shared')} because the folder is read-only; allow writing there and try again.` }],
    });
    expect((await core.getSeries(id('Local'))).nfo).toEqual({ state: 'valid', problems: [] });

    fs.chmodSync(path.join(lib, 'Shared'), 0o755);
    await core.reload(id('Shared'));
    await core.whenLoaderIdle();
    expect(await core.getSeries(id('Shared'))).toMatchObject({ hasNfo: true, nfo: { state: 'valid', problems: [] } });
    expect(fs.readFileSync(path.join(lib, 'Shared', 'tvshow.nfo'), 'utf8')).toContain('<title>Shared</title>');
    await core.close();
  });
});
