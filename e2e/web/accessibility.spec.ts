import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { namedSeries, SERIES_NAMES } from '../fixtures/names';
import { writeTree } from '../fixtures/temp';
import { expect, openApp, test } from '../fixtures/test';

/** Serious and critical axe-core violations in the page (or in `include`), one line each. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no serious or critical violations, ${scheme}`, async ({ page, server, libraryRoot }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const library = await openApp(page, server);

    await expect(library.emptyState).toBeVisible();
    expect(await seriousViolations(page), 'empty state').toEqual([]);

    const add = await library.openAddFolder();
    await expect(add.browserPath).toHaveAttribute('data-path', /^\//);
    expect(await seriousViolations(page), 'Add dialog').toEqual([]);

    writeTree(libraryRoot, {
      ...namedSeries(SERIES_NAMES.slice(0, 12), 3),
      'Gintama/[Group] Gintama - OVA 1 [1080p].mkv': '',
      'Monster/Monster - 05v2.mkv': '',
    });
    await add.addTyped(libraryRoot);
    await expect(add.root).toBeHidden();
    await library.waitAllReady(14);
    await library.dismissNotices();
    expect(await seriousViolations(page), 'grid').toEqual([]);

    // Selecting: the bar's colours and the cards' marks, in both schemes.
    await page.getByTestId('select-button').click();
    await library.cards().nth(1).click();
    await expect(page.getByTestId('selection-count')).toHaveText('1 series selected');
    expect(await seriousViolations(page), 'selecting').toEqual([]);
    await page.getByTestId('selection-done').click();

    const panel = await library.openDetail('Barakamon');
    await expect(panel.metadata).toBeVisible();
    await expect(panel.episodes).toContainText('Episodes');
    expect(await seriousViolations(page), 'detail panel').toEqual([]);
    await panel.field('plot').fill('A calligrapher moves to an island.');
    expect(await seriousViolations(page, '[data-testid="metadata-form"]'), 'metadata form').toEqual([]);
  });
}
