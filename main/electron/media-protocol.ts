import { protocol } from 'electron';
import type { Kysely } from 'kysely';
import { resolveArtwork } from '../core/artwork/serve-artwork';
import type { Database } from '../core/db/schema';
import { MEDIA_SCHEME } from './app-scheme';
import { respondToMediaRequest } from './media-request';

/**
 * Serves `anishelf-media://series/<id>/<kind>` through the core's resolveArtwork only: the URL
 * names a series and a kind, never a file (RELIABILITY 3).
 */
export function handleMediaProtocol(db: Kysely<Database>, log: (message: string) => void): void {
  protocol.handle(MEDIA_SCHEME, (request) => respondToMediaRequest(request.url, (id, kind) => resolveArtwork(db, id, kind), log));
}
