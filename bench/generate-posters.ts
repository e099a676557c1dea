import fs from 'node:fs/promises';
import path from 'node:path';
import { posterJpeg } from '../main/core/artwork/testing/posters';

/**
 * `series` series folders, each with one episode and a real 680×1000 poster.jpg (about 180 KB).
 * `distinct` different posters are drawn and spread over the folders: every folder still has its
 * own file (its own URL and thumbnail), and drawing 3,000 would take minutes on a busy machine.
 */
export async function generatePosterLibrary(root: string, series: number, distinct = 100): Promise<string[]> {
  const posters: Buffer[] = [];
  for (let i = 0; i < distinct; i++) posters.push(await posterJpeg(i + 1));
  const folders: string[] = [];
  for (let i = 0; i < series; i += 50) {
    const batch = Array.from({ length: Math.min(50, series - i) }, (_, k) => i + k);
    await Promise.all(batch.map(async (n) => {
      const title = `Poster Show ${String(n + 1).padStart(4, '0')}`;
      const dir = path.join(root, title);
      await fs.mkdir(dir, { recursive: true });
      await fs.writeFile(path.join(dir, `${title} - 01.mkv`), '');
      await fs.writeFile(path.join(dir, 'poster.jpg'), posters[n % distinct]!);
      folders.push(dir);
    }));
  }
  return folders;
}
