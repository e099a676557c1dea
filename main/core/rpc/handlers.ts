import os from 'node:os';
import type { AppInfo, MethodArgs } from '../../../shared/contract';
import type { Core } from '../app';
import { listDirectories } from '../library/browse-folders';
import type { Handlers } from './dispatch';

type Args<M extends keyof Handlers> = NonNullable<MethodArgs<M>>;

/**
 * Every contract method mapped onto the core. Arguments arrive already parsed by `dispatch`.
 * `mode` tells the UI whether it runs in the desktop shell or a browser.
 */
export function createHandlers(core: Core, info: { mode: AppInfo['mode']; version: string }): Handlers {
  return {
    'library.addFolders': (a: Args<'library.addFolders'>) => core.addFolders(a.paths),
    'library.addSample': () => core.addSampleLibrary(),
    'library.list': (a: Args<'library.list'>) => core.listSeries(a),
    'series.get': (a: Args<'series.get'>) => core.getSeries(a.id),
    'series.loadingStatus': (a: Args<'series.loadingStatus'>) => core.loadingStatus(a.id),
    'series.reload': (a: Args<'series.reload'>) => core.reload(a.id),
    'series.retry': (a: Args<'series.retry'>) => core.retry(a.id),
    'series.cancel': (a: Args<'series.cancel'>) => core.cancel(a.id),
    'series.remove': (a: Args<'series.remove'>) => core.removeSeries(a.id),
    'series.saveMetadata': (a: Args<'series.saveMetadata'>) => core.saveMetadata(a.id, a.fields),
    'loader.status': () => core.loaderStatus(),
    'loader.pause': () => core.pauseLoader(),
    'loader.resume': () => core.resumeLoader(),
    'fs.listDirectories': (a: Args<'fs.listDirectories'>) => listDirectories(a.path),
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
