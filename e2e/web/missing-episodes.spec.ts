import path from 'node:path';
import { writeMissingLibrary } from '../fixtures/missing-library';
import { startServer } from '../fixtures/server';
import { expect, openApp, screenshot, test } from '../fixtures/test';
import { MissingView } from '../pages/missing-view';

// The library is prepared before the server starts; the fixture's `server` is not used.
test.describe('missing episodes', () => {
  test('cards, chips, sort, the detail panel with gaps in place, not-wanted marks across a reload, and the library-wide view', async ({ page, dataDir, libraryRoot }) => {
    test.setTimeout(600_000);
    const providers = await writeMissingLibrary(dataDir, path.join(libraryRoot, 'anime'), Date.now());
    const server = await startServer(dataDir, { env: providers.env });
    try {
      const library = await openApp(page, server);
      await expect(library.cards()).toHaveCount(4);

      // Cards and chips.
      await expect(library.card('Garden of Lanterns').getByTestId('mark-missing')).toHaveText('4 missing');
      await expect(library.card('Hoshi no Kioku').getByTestId('mark-missing')).toHaveText('3 missing');
      await expect(library.card('Kaze no Tabibito').getByTestId('mark-missing')).toHaveCount(0);
      // The mark is on the card's one meta line, whole: the year and the count give way to it.
      const garden = library.card('Garden of Lanterns');
      const [card, mark] = await Promise.all([garden.boundingBox(), garden.getByTestId('mark-missing').boundingBox()]);
      expect(mark!.width).toBeGreaterThan(20);
      expect(mark!.x + mark!.width).toBeLessThanOrEqual(card!.x + card!.width);
      // Where something is missing the mark stands for the match; elsewhere the card says "matched".
      await expect(garden.getByTestId('match-state')).toHaveCount(0);
      await expect(library.card('Kaze no Tabibito').getByTestId('match-state')).toHaveText('matched');
      await expect(page.getByTestId('filter-missing-episodes')).toHaveText(/Missing episodes\s*2/);
      await expect(page.getByTestId('filter-airing')).toHaveText(/Airing\s*2/);

      await library.filter('missing-episodes');
      await expect(library.cards()).toHaveCount(2);
      await library.filter('airing');
      await expect.poll(() => library.titlesInOrder()).toEqual(['Garden of Lanterns', 'Kaze no Tabibito']);
      await library.filter('all');
      await library.sortBy('missing');
      await expect.poll(() => library.titlesInOrder()).toEqual(['Garden of Lanterns', 'Hoshi no Kioku', 'Kaze no Tabibito', 'Quiet Meadow']);

      // The detail panel: a line per season, gaps greyed in place with title and air date.
      let panel = await library.openDetail('Garden of Lanterns');
      await expect(panel.missingSummary).toHaveText(/^S1 12\/12 ✓ · S2 5\/9, missing 3, 5, 7, 9 · next E10 \w{3} \d{1,2} \w{3}$/);
      await expect(panel.missingSpecials).toHaveText('Specials 1/6 (hidden)');
      await expect(panel.missingRow(2, 3)).toHaveAttribute('data-state', 'missing');
      await expect(panel.missingRow(2, 3)).toContainText('The Gate');
      await expect(panel.missingRow(2, 3)).toContainText(/\w{3} \d{1,2} \w{3}/);
      await expect(panel.missingRow(2, 4)).toHaveAttribute('data-state', 'have');
      await expect(panel.missingRow(2, 10)).toHaveAttribute('data-state', 'upcoming');
      await page.mouse.move(0, 0);
      await screenshot(page, 'missing-episodes-detail-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page, 'missing-episodes-detail-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      // Not wanted: leaves the counts, and is still marked after a reload.
      await panel.missingRow(2, 3).getByTestId('episode-not-wanted').click();
      await expect(panel.missingSummary).toHaveText(/S2 5\/8, missing 5, 7, 9/);
      await expect(library.card('Garden of Lanterns').getByTestId('mark-missing')).toHaveText('3 missing');
      await page.reload();
      await library.ready();
      panel = await library.openDetail('Garden of Lanterns');
      // The cast that came with its TMDB list, as written to its tvshow.nfo.
      await expect(page.getByTestId('match-cast')).toHaveText('Cast: Garden of Lanterns Actor 1 (Garden of Lanterns Lead), Garden of Lanterns Actor 2 (Sidekick), Garden of Lanterns Actor 3 (Guest)');
      // TMDB's content rating, as written to its tvshow.nfo, beside the year.
      await expect(page.getByTestId('detail-content-rating')).toHaveText('TV-14');
      // The season TMDB names heads its files under that name, as it does in Kodi; the other keeps its number alone.
      await expect(panel.episodes.locator('summary')).toHaveText([/^Season 1 12$/, /^Season 2 · Lantern Festival 5$/, /^Specials 1$/]);
      await expect(panel.missingRow(2, 3)).toContainText('not wanted');
      await expect(panel.missingSummary).toHaveText(/S2 5\/8, missing 5, 7, 9/);
      await panel.missingRow(2, 3).getByTestId('episode-not-wanted').click();
      await expect(panel.missingSummary).toHaveText(/S2 5\/9, missing 3, 5, 7, 9/);

      // A whole season not wanted: its gaps leave the counts.
      await panel.missingSeason(2).getByTestId('season-not-wanted').click();
      await expect(panel.missingSummary).toHaveText('S1 12/12 ✓ · S2 not wanted');
      await expect(library.card('Garden of Lanterns').getByTestId('mark-missing')).toHaveCount(0);
      await panel.missingSeason(2).locator('summary').click();
      await panel.missingSeason(2).getByTestId('season-not-wanted').click();
      await expect(panel.missingSummary).toHaveText(/S2 5\/9, missing 3, 5, 7, 9/);

      // Specials shown for this series: they count.
      // A controlled box: it turns once the core has saved the setting.
      await panel.missing.getByTestId('show-specials').click();
      await expect(panel.missing.getByTestId('show-specials')).toBeChecked();
      await expect(panel.missingSpecials).toHaveText('Specials 1/6, missing 2–6');
      await panel.missing.getByTestId('show-specials').click();
      await expect(panel.missingSpecials).toHaveText('Specials 1/6 (hidden)');
      await panel.close();

      // The library-wide view: grouped by series, filtered, exported.
      const view = await MissingView.open(page);
      await expect(view.groups).toHaveCount(2);
      // Quiet Meadow is not identified: the view says its gaps are unknown rather than none.
      await expect(view.root.getByTestId('missing-unlisted')).toHaveText('1 series has no episode list yet (not identified), so its missing episodes are not known.');
      await expect(view.group('Garden of Lanterns').getByTestId('missing-view-row')).toHaveCount(4);
      await expect(view.group('Hoshi no Kioku').getByTestId('missing-view-row')).toHaveCount(3);
      await view.filterChip('upcoming').click();
      await expect(view.group('Kaze no Tabibito').getByTestId('missing-view-row')).toHaveCount(2);
      await view.filterChip('upcoming').click();
      await view.filterChip('specials').click();
      await expect(view.group('Garden of Lanterns').getByTestId('missing-view-row')).toHaveCount(9);
      await view.filterChip('specials').click();
      const csv = await view.exportCsv();
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('Series,Season,Episode,Title,Aired,State');
      expect(lines.slice(1).sort()).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Garden of Lanterns,2,3,The Gate,\d{4}-\d{2}-\d{2},missing$/), 'Hoshi no Kioku,1,3,,,missing']),
      );
      expect(lines).toHaveLength(1 + 7);
      await screenshot(page, 'missing-episodes-view-light');
      await page.emulateMedia({ colorScheme: 'dark' });
      await screenshot(page, 'missing-episodes-view-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await view.close();

      // "Refresh episode list" asks the provider again at once; the gaps stay where they are.
      panel = await library.openDetail('Garden of Lanterns');
      const asked = providers.requestCount();
      await panel.missing.getByTestId('refresh-episode-list').click();
      await expect.poll(() => providers.requestCount()).toBeGreaterThan(asked);
      await expect(panel.missing.getByTestId('refresh-episode-list')).toHaveText('Refresh episode list');
      await expect(panel.missingSummary).toHaveText(/^S1 12\/12 ✓ · S2 5\/9, missing 3, 5, 7, 9 · next E10 /);
      await expect(page.getByRole('alert')).toHaveCount(0);
    } finally {
      await server.stop();
      await providers.close();
    }
  });
});
