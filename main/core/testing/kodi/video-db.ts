import Database from 'better-sqlite3';

/**
 * Sets a folder's content to TV shows with the "Local information only" scraper, as Kodi's
 * "Set content" dialog does (CVideoDatabase::SetScraperForPath): no JSON-RPC method can. TV show
 * roots are not scanned recursively as a movie folder is (scanRecursive 0); useFolderNames 0
 * means "this folder holds many shows".
 */
export function setTvShowContent(databaseFile: string, folder: string): void {
  const db = new Database(databaseFile);
  try {
    db.pragma('busy_timeout = 10000');
    const strPath = folder.endsWith('/') ? folder : `${folder}/`;
    const existing = db.prepare('SELECT idPath FROM path WHERE strPath = ?').get(strPath) as { idPath: number } | undefined;
    if (existing) {
      db.prepare("UPDATE path SET strContent = 'tvshows', strScraper = 'metadata.local', scanRecursive = 0, useFolderNames = 0, strSettings = '', noUpdate = 0, exclude = 0 WHERE idPath = ?").run(existing.idPath);
    } else {
      db.prepare(
        "INSERT INTO path (strPath, strContent, strScraper, scanRecursive, useFolderNames, strSettings, noUpdate, exclude, allAudio, dateAdded) VALUES (?, 'tvshows', 'metadata.local', 0, 0, '', 0, 0, 0, datetime('now'))",
      ).run(strPath);
    }
  } finally {
    db.close();
  }
}
