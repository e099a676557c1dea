import os from 'node:os';
import type { AppInfo, ParsedArgs } from '../../../shared/contract';
import type { Core } from '../app';
import { AnishelfError } from '../errors';
import { tvshowMatchingBlock, withTvshowMatching } from '../kodi/advanced-settings';
import { listDirectories } from '../library/browse-folders';
import type { Handlers } from './dispatch';

type Args<M extends keyof Handlers> = ParsedArgs<M>;

/**
 * Every contract method mapped onto the core. Arguments arrive already parsed by `dispatch`.
 * `mode` tells the UI whether it runs in the desktop shell or a browser.
 */
export interface TransportInfo {
  mode: AppInfo['mode'];
  version: string;
  /** Desktop only: reveal a folder in the system file manager. */
  openFolder?: (folder: string) => Promise<void>;
}

export function createHandlers(core: Core, info: TransportInfo): Handlers {
  return {
    'library.addFolders': (a: Args<'library.addFolders'>) => core.addFolders(a.paths),
    'library.addSample': () => core.addSampleLibrary(),
    'library.list': (a: Args<'library.list'>) => core.listSeries(a),
    'library.ids': (a: Args<'library.ids'>) => core.listSeriesIds(a),
    'series.get': (a: Args<'series.get'>) => core.getSeries(a.id),
    'series.loadingStatus': (a: Args<'series.loadingStatus'>) => core.loadingStatus(a.id),
    'series.reload': (a: Args<'series.reload'>) => core.reload(a.id),
    'series.retry': (a: Args<'series.retry'>) => core.retry(a.id),
    'series.cancel': (a: Args<'series.cancel'>) => core.cancel(a.id),
    'series.remove': (a: Args<'series.remove'>) => core.removeSeries(a.id),
    'series.reloadMany': async (a: Args<'series.reloadMany'>) => ({ reloaded: await core.reloadMany(a.ids) }),
    'series.removeMany': async (a: Args<'series.removeMany'>) => ({ removed: (await core.removeSeriesMany(a.ids)).map((s) => s.id) }),
    'series.refreshManyFromProvider': (a: Args<'series.refreshManyFromProvider'>) => core.refreshManyFromProvider(a.ids),
    'series.refreshEpisodeListsMany': (a: Args<'series.refreshEpisodeListsMany'>) => core.refreshEpisodeListsMany(a.ids),
    'series.saveMetadata': (a: Args<'series.saveMetadata'>) => core.saveMetadata(a.id, a.fields),
    'series.openFolder': async (a: Args<'series.openFolder'>) => {
      if (!info.openFolder) throw new AnishelfError('NOT_AVAILABLE', 'Opening folders works in the desktop app; the path is shown in the panel.');
      await info.openFolder((await core.getSeries(a.id)).path);
      return { opened: true };
    },
    'series.identify': async (a: Args<'series.identify'>) => (await core.metadata.identify(a.id)).match,
    'series.searchMatch': (a: Args<'series.searchMatch'>) => core.metadata.search(a.id, a.text),
    'series.pickMatch': async (a: Args<'series.pickMatch'>) => (await core.metadata.pick(a.id, a.ref)).match,
    'series.refreshFromProvider': (a: Args<'series.refreshFromProvider'>) => core.metadata.refreshFromProvider(a.id),
    'library.refreshAllFromProvider': () => core.refreshAllFromProvider(),
    'series.refreshArtwork': (a: Args<'series.refreshArtwork'>) => core.refreshArtwork(a.id),
    'series.artworkChoices': (a: Args<'series.artworkChoices'>) => core.artworkChoices(a.id),
    'series.chooseArtwork': (a: Args<'series.chooseArtwork'>) => core.chooseArtwork(a.id, a.kind, a.url, a.replace),
    'settings.get': () => core.metadata.settings(),
    'settings.set': (a: Args<'settings.set'>) => core.setSetting(a.name, a.value),
    'missing.series': (a: Args<'missing.series'>) => core.missing.ofSeries(a.id),
    'missing.refresh': (a: Args<'missing.refresh'>) => core.refreshEpisodeList(a.id),
    'missing.counts': () => core.missing.counts(),
    'missing.list': (a: Args<'missing.list'>) => core.missing.rows(a),
    'missing.setNotWanted': (a: Args<'missing.setNotWanted'>) => core.missing.setNotWanted({ seriesId: a.id, season: a.season, episode: a.episode }, a.notWanted),
    'missing.setShowSpecials': async (a: Args<'missing.setShowSpecials'>) => {
      await core.missing.setShowSpecials(a.id, a.show);
      return core.missing.ofSeries(a.id);
    },
    'missing.settings': async () => ({ showSpecials: await core.missing.showSpecials() }),
    'missing.setGlobalShowSpecials': async (a: Args<'missing.setGlobalShowSpecials'>) => {
      await core.missing.setShowSpecials(null, a.show);
      return { showSpecials: await core.missing.showSpecials() };
    },
    'loader.status': () => core.loaderStatus(),
    'loader.pause': () => core.pauseLoader(),
    'loader.resume': () => core.resumeLoader(),
    'roots.list': () => core.listRoots(),
    'roots.rescan': (a: Args<'roots.rescan'>) => core.roots.rescan(a.id),
    'roots.remove': (a: Args<'roots.remove'>) => core.roots.remove(a.id),
    'roots.setWatch': (a: Args<'roots.setWatch'>) => core.setRootWatch(a.id, a.mode, a.pollMinutes),
    'roots.removeMissing': (a: Args<'roots.removeMissing'>) => core.roots.removeMissing(a.ids),
    'roots.missing': (a: Args<'roots.missing'>) => core.roots.missing(a.id),
    'fs.listDirectories': (a: Args<'fs.listDirectories'>) => listDirectories(a.path),
    'kodi.settings': async () => ({ block: tvshowMatchingBlock(''), file: withTvshowMatching(null) }),
    'app.info': async (): Promise<AppInfo> => ({
      name: 'Anishelf',
      version: info.version,
      mode: info.mode,
      platform: process.platform,
      dataDir: core.dataDir,
      homeDir: os.homedir(),
    }),
  };
}
