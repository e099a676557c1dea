import { protocol } from 'electron';
import type { Core } from '../../core/app';
import { MEDIA_SCHEME } from './app-scheme';
import { respondToMediaRequest, respondToProviderImage } from './media-request';

/**
 * Serves `anishelf-media://series/<id>/<kind>` through the core's resolveArtwork only (the URL
 * names a series and a kind, never a file), `anishelf-media://remote/poster?url=` through the
 * core's provider-host check, `anishelf-media://poster-sheet/?kind=…&s=…` (a grid row's posters
 * as one image) through the core's poster sheets, and `anishelf-media://provider-image/?url=` (the artwork picker's
 * previews) through the core's image proxy (provider image hosts only).
 */
export function handleMediaProtocol(core: Pick<Core, 'artwork' | 'remotePoster' | 'providerImage' | 'posterSheet'>, log: (message: string) => void): void {
  protocol.handle(MEDIA_SCHEME, async (request) =>
    (await respondToProviderImage(request.url, (url) => core.providerImage(url))) ??
    respondToMediaRequest(request.url, (id, kind, version) => core.artwork(id, kind, version), log, (url) => core.remotePoster(url), (kind, posters) => core.posterSheet(kind, posters)),
  );
}
