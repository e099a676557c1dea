import { describe, expect, test } from 'vitest';
import { seriesFiles, testCore } from '../../../main/core/testing/core';
import { libraryDir, writeTree } from '../../../main/core/testing/temp';
import { waitFor } from '../../../main/core/testing/wait';
import { setSetting } from '../../../main/core/db/repos/settings';
import { WRITE_EPISODE_NFOS_SETTING } from '../../../main/core/loader/stages/episode-nfos';
import type { Core } from '../../../main/core/app';
import { dispatch } from '../../../main/core/rpc/dispatch';
import { createHandlers } from '../../../main/core/rpc/handlers';
import type { AnishelfClient } from '../bridge';
import { RpcCallError } from '../rpc-error';
import { addFolders } from './actions';
import { DEFAULT_QUERY } from '../lib/query';
import { FIRST_PAGE, LibraryStore, type LibrarySnapshot } from './library-store';
import { MissingStore } from './missing-store';
import { NoticeStore } from './notices';

/** The renderer's client over the real core, in-process: the same dispatch both transports use. */
function inProcessClient(core: Core): AnishelfClient {
  const handlers = createHandlers(core, { mode: 'web', version: 'test' });
  return {
    desktop: false,
    async call(method, args) {
      const reply = await dispatch(handlers, method, args);
      if (!reply.ok) throw new RpcCallError(reply.error.code, reply.error.message);
      return reply.value as never;
    },
    on: (event, listener) => core.on(event, listener),
    connection: () => 'open',
    onConnection: () => () => undefined,
    pathsForDroppedFiles: null,
  };
}

describe('library store against the real core', () => {
  test('shows added series at once as pending, follows events to completed, filters through library.list, drops removed ids', async () => {
    const core = await testCore();
    // The loader would write tvshow.nfo for Alpha and Charlie (for Kodi); this test filters on its absence.
    await setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, false);
    const client = inProcessClient(core);
    const library = new LibraryStore(client);
    const notices = new NoticeStore();
    const stop = library.start();
    try {
      await waitFor(() => library.getSnapshot().loaded, { what: 'the first list' });
      expect(library.getSnapshot().counts.total).toBe(0);

      const lib = libraryDir();
      writeTree(lib, { ...seriesFiles({ Alpha: 2, Bravo: 1, Charlie: 3 }), 'Bravo/tvshow.nfo': '<tvshow><title>Bravo</title></tvshow>' });
      const result = await addFolders({ client, library, notices, missing: new MissingStore(client) }, [lib]);
      expect(result.added).toHaveLength(3);
      // Shown before any event arrived: straight from the add result.
      const shown = library.getSnapshot();
      expect(shown.view.map((id) => shown.series.get(id)!.title)).toEqual(['Alpha', 'Bravo', 'Charlie']);
      expect(shown.view.map((id) => shown.series.get(id)!.loadingStatus)).toEqual(['pending', 'pending', 'pending']);
      expect(notices.getSnapshot().at(-1)).toMatchObject({ kind: 'add-result', title: 'Added 3 series' });

      await core.startLoader();
      await waitFor(() => library.getSnapshot().counts.completed === 3, { what: 'completed events' });
      expect(library.getSnapshot().loader).toMatchObject({ active: true, queued: 0 });

      library.setQuery({ filter: 'missing-nfo' });
      await waitFor(() => library.getSnapshot().view.length === 2, { what: 'the filtered list' });
      const filtered = library.getSnapshot();
      expect(filtered.view.map((id) => filtered.series.get(id)!.title)).toEqual(['Alpha', 'Charlie']);
      // The summary still counts the whole library.
      expect(filtered.counts.total).toBe(3);

      const alpha = filtered.view[0]!;
      await client.call('series.remove', { id: alpha });
      await waitFor(() => !library.getSnapshot().series.has(alpha), { what: 'the removal event' });
      expect(library.getSnapshot().view).not.toContain(alpha);
      expect(library.getSnapshot().counts.total).toBe(2);
    } finally {
      stop();
      await core.close();
    }
  });

  test('the notes that tell colliding titles apart are kept through status events and made again when a title changes', async () => {
    const core = await testCore();
    await setSetting(core.db, WRITE_EPISODE_NFOS_SETTING, false);
    const client = inProcessClient(core);
    const library = new LibraryStore(client);
    const stop = library.start();
    try {
      await waitFor(() => library.getSnapshot().loaded, { what: 'the first list' });
      const first = libraryDir();
      const second = libraryDir();
      writeTree(first, seriesFiles({ Bebop: 1, Solo: 1 }));
      writeTree(second, seriesFiles({ Bebop: 1 }));
      const notices = new NoticeStore();
      const deps = { client, library, notices, missing: new MissingStore(client) };
      const added = [...(await addFolders(deps, [first])).added, ...(await addFolders(deps, [second])).added];
      const bebops = added.filter((s) => s.title === 'Bebop').map((s) => s.id);
      const notes = library.getSnapshot().notes;
      expect(bebops.map((id) => notes.get(id))).toEqual([`in ${first.split('/').at(-1)}`, `in ${second.split('/').at(-1)}`]);

      await core.startLoader();
      await waitFor(() => library.getSnapshot().counts.completed === 3, { what: 'completed events' });
      // Only statuses changed: the same notes, not made again.
      expect(library.getSnapshot().notes).toBe(notes);

      await client.call('series.saveMetadata', { id: bebops[1]!, fields: { title: 'Bebop Movie' } });
      await waitFor(() => library.getSnapshot().series.get(bebops[1]!)?.title === 'Bebop Movie', { what: 'the renamed series' });
      expect(library.getSnapshot().notes.size).toBe(0);
    } finally {
      stop();
      await core.close();
    }
  });

  test('a search that brings series the store already has keeps their objects (cards skip a render) and changes no count', async () => {
    const core = await testCore();
    const client = inProcessClient(core);
    const library = new LibraryStore(client);
    const stop = library.start();
    try {
      const lib = libraryDir();
      writeTree(lib, seriesFiles({ 'Sakura Quest': 1, 'Sakura Trick': 1, Bravo: 1 }));
      await core.addFolders([lib]);
      await waitFor(() => library.getSnapshot().counts.total === 3, { what: 'the added series' });
      const before = library.getSnapshot();
      await library.setQuery({ search: 'sakura' });
      const after = library.getSnapshot();
      expect(after.view.map((id) => after.series.get(id)!.title)).toEqual(['Sakura Quest', 'Sakura Trick']);
      expect(after.series).toBe(before.series);
      expect(after.counts).toBe(before.counts);
      // A series that changed meanwhile comes as the new object (its event); the others stay as they were.
      const bravo = before.view.find((id) => before.series.get(id)!.title === 'Bravo')!;
      await client.call('series.saveMetadata', { id: bravo, fields: { title: 'Sakura Bravo' } });
      await waitFor(() => library.getSnapshot().series.get(bravo)?.title === 'Sakura Bravo', { what: 'the rename event' });
      await library.setQuery({ search: 'sakura ' });
      await library.setQuery({ search: 'sakura' });
      const renamed = library.getSnapshot();
      expect(renamed.view.map((id) => renamed.series.get(id)!.title)).toEqual(['Sakura Bravo', 'Sakura Quest', 'Sakura Trick']);
      for (const id of before.view.filter((id) => id !== bravo)) expect(renamed.series.get(id)).toBe(before.series.get(id));
    } finally {
      stop();
      await core.close();
    }
  });

  test('a search reads the view as ids over the series held; a series whose event has not come yet is read whole', async () => {
    const core = await testCore();
    const calls: string[] = [];
    const inner = inProcessClient(core);
    // The window's events, held back while `holding`: as if they were still on their way.
    let holding = false;
    const client: AnishelfClient = {
      ...inner,
      call: (method, args) => {
        calls.push(method);
        return inner.call(method, args);
      },
      on: (event, listener) => inner.on(event, (payload) => holding || listener(payload)),
    };
    const library = new LibraryStore(client);
    const stop = library.start();
    try {
      const lib = libraryDir();
      writeTree(lib, seriesFiles({ 'Sakura Quest': 1, Bravo: 1 }));
      await core.addFolders([lib]);
      await waitFor(() => library.getSnapshot().counts.total === 2, { what: 'the added series' });
      calls.length = 0;
      await library.setQuery({ search: 'sakura' });
      expect(calls).toEqual(['library.ids']);
      expect(library.getSnapshot().view.map((id) => library.getSnapshot().series.get(id)!.title)).toEqual(['Sakura Quest']);

      holding = true;
      writeTree(lib, seriesFiles({ 'Sakura Trick': 1 }));
      await core.addFolders([lib]);
      calls.length = 0;
      await library.setQuery({ search: 'sakur' });
      expect(calls).toEqual(['library.ids', 'library.list']);
      const shown = library.getSnapshot();
      expect(shown.view.map((id) => shown.series.get(id)!.title)).toEqual(['Sakura Quest', 'Sakura Trick']);
    } finally {
      stop();
      await core.close();
    }
  });

  test('on a big library the first page of the view shows before the whole list, without counting it as the library', async () => {
    const core = await testCore();
    const lib = libraryDir();
    const names = Array.from({ length: FIRST_PAGE + 30 }, (_, i) => `Show ${String(i).padStart(3, '0')}`);
    writeTree(lib, seriesFiles(Object.fromEntries(names.map((n) => [n, 1]))));
    await core.addFolders([lib]);
    await core.pauseLoader();
    const library = new LibraryStore(inProcessClient(core), { ...DEFAULT_QUERY, sort: 'title' });
    const seen: LibrarySnapshot[] = [];
    library.subscribe(() => seen.push(library.getSnapshot()));
    const stop = library.start();
    try {
      await waitFor(() => library.getSnapshot().loaded, { what: 'the whole list' });
      const first = seen.find((s) => s.firstPage);
      expect(first, 'a snapshot with the first page only').toBeDefined();
      expect(first!.view.map((id) => first!.series.get(id)!.title)).toEqual(names.slice(0, FIRST_PAGE));
      // Counted only once every series is there: no "120 series" on the way to 150.
      expect(first!.counts.total).toBe(0);
      const whole = library.getSnapshot();
      expect(whole.firstPage).toBe(false);
      expect(whole.counts.total).toBe(names.length);
      expect(whole.view.map((id) => whole.series.get(id)!.title)).toEqual(names);
      expect(seen.filter((s) => s.counts.total !== 0 && s.counts.total !== names.length)).toEqual([]);
    } finally {
      stop();
      await core.close();
    }
  });

  test('a refused call becomes a typed error', async () => {
    const core = await testCore();
    try {
      const client = inProcessClient(core);
      await expect(client.call('series.get', { id: 12345 })).rejects.toMatchObject({ name: 'RpcCallError', code: 'SERIES_NOT_FOUND' });
      await expect(client.call('library.addFolders', { paths: ['relative'] })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    } finally {
      await core.close();
    }
  });
});
