import { protocol } from 'electron';
import type { Core } from '../../core/app';
import { MEDIA_SCHEME } from './app-scheme';
import { respondToMediaRequest } from './media-request';

/**
 * Serves `anishelf-media://series/<id>/<kind>` through the core's resolveArtwork only (the URL
 * names a series and a kind, never a file), and `anishelf-media://remote/poster?url=` through
 * the core's provider-host check.
 */
export function handleMediaProtocol(core: Pick<Core, 'artwork' | 'remotePoster'>, log: (message: string) => void): void {
  protocol.handle(MEDIA_SCHEME, (request) => respondToMediaRequest(request.url, (id, kind) => core.artwork(id, kind), log, (url) => core.remotePoster(url)));
}
