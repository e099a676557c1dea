import path from 'node:path';
import { errnoCode } from '../errors';

/** A name on disk that is not valid UTF-8 (an old Samba share's Latin-1, say): Node cannot name it back. */
export const BAD_NAME_ENCODING_CODE = 'BAD_NAME_ENCODING';

/** A link whose target is not there: on a drive that is away, or deleted. What it held is kept. */
export const LINK_TARGET_MISSING_CODE = 'LINK_TARGET_MISSING';

/**
 * The code to report for a path that could not be read. Node decodes file names as UTF-8 and puts
 * U+FFFD where the bytes are not; the decoded name then leads nowhere, so the "no such file" that
 * follows means the name's encoding, not a file that vanished.
 */
export function unreadableCode(file: string, err: unknown): string {
  const code = errnoCode(err) ?? 'EUNKNOWN';
  if (code === 'ENOENT' && path.basename(file).includes('\uFFFD')) return BAD_NAME_ENCODING_CODE;
  return code;
}
