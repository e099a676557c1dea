import { shell } from 'electron';
import { safeExternalUrl } from './external-url';

/**
 * The only caller of shell.openExternal in Anishelf: http(s) links go to the user's browser,
 * everything else is refused and logged.
 */
export async function openExternal(url: unknown, log: (message: string) => void): Promise<boolean> {
  const safe = safeExternalUrl(url);
  if (!safe) {
    log(`refused to open ${JSON.stringify(String(url).slice(0, 200))} outside the app: only http(s) links open in the browser`);
    return false;
  }
  try {
    await shell.openExternal(safe);
    return true;
  } catch (err) {
    log(`the browser could not open ${safe}: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
}
