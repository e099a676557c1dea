import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeAttr, escapeText, normalizeValue } from './escape';
import { mergeNfo } from './merge';
import { parseNfo } from './parse';
import { parseNfoXml } from './parse-xml';
import type { TvshowFields } from './types';
import { childElements } from './xml-tree';

// Written values survive: parse → merge-write → parse gives back the values written, for any strings,
// and what Anishelf does not know survives.

const nasty = fc.constantFrom('-->', ']]>', '<![CDATA[', '&', '&amp;', '&#9999999;', '<', '>', '"', "'", '\u0000', '\u0001', '\u001f', '\r', '\n', '\r\n', '\t', '😀', '\uD800', '\uFFFF', ' ', '\u00A0', '\u3000', '葬送');
const value = fc.array(fc.oneof(nasty, fc.string({ unit: 'binary' }), fc.string()), { maxLength: 8 }).map((parts) => parts.join(''));
const providerType = fc.stringMatching(/^[a-z][a-z0-9_]{0,9}$/);

const fields: fc.Arbitrary<TvshowFields> = fc
  .record(
    {
      title: fc.option(value),
      originalTitle: fc.option(value),
      sortTitle: fc.option(value),
      plot: fc.option(value),
      status: fc.option(value),
      year: fc.option(fc.integer({ min: 1000, max: 9999 })),
      premiered: fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      genres: fc.option(fc.array(value, { maxLength: 4 })),
      studios: fc.option(fc.array(value, { maxLength: 3 })),
      uniqueIds: fc.dictionary(providerType, fc.option(value), { maxKeys: 4 }),
      episodeGuide: fc.option(fc.dictionary(providerType, value, { maxKeys: 3 })),
    },
    { requiredKeys: [] },
  )
  .chain((f) => {
    const withIds = Object.entries(f.uniqueIds ?? {}).filter(([, id]) => normalizeValue(id ?? '') !== '').map(([type]) => type);
    return withIds.length === 0 ? fc.constant(f) : fc.option(fc.constantFrom(...withIds)).map((defaultUniqueId) => ({ ...f, defaultUniqueId: defaultUniqueId ?? undefined }));
  });

/** What the reader gives back for a list: Kodi splits values at " / ", and repeats collapse. */
function readBackList(values: readonly string[]): string[] {
  const written = [...new Set(values.map(normalizeValue).filter((v) => v !== ''))];
  return [...new Set(written.flatMap((v) => v.split(' / ').map((part) => part.trim())).filter((v) => v !== ''))];
}

const single = (v: string | null | undefined) => (v == null ? null : normalizeValue(v) || null);

function expectReadBack(text: string, f: TvshowFields, base: ReturnType<typeof parseNfo> | null) {
  const result = parseNfo(text);
  expect(result.problems.filter((p) => p.code !== 'NFO_DATE' && p.code !== 'NFO_VALUE')).toEqual([]);
  const expectSingle = (key: 'title' | 'originalTitle' | 'sortTitle' | 'plot' | 'status') => {
    const given = f[key];
    expect(result[key]).toBe(given === undefined ? (base?.[key] ?? null) : single(given));
  };
  expectSingle('title');
  expectSingle('originalTitle');
  expectSingle('sortTitle');
  expectSingle('plot');
  expectSingle('status');
  if (f.premiered !== undefined) expect(result.premiered).toBe(f.premiered);
  if (f.year != null) expect(result.year).toBe(f.year);
  if (f.genres !== undefined) expect(result.genres).toEqual(readBackList(f.genres ?? []));
  if (f.studios !== undefined) expect(result.studios).toEqual(readBackList(f.studios ?? []));
  for (const [type, id] of Object.entries(f.uniqueIds ?? {})) {
    const written = normalizeValue(id ?? '');
    if (written !== '') expect(result.uniqueIds[type]).toBe(written);
  }
  if (f.defaultUniqueId) expect(result.defaultUniqueId).toEqual({ type: f.defaultUniqueId, value: normalizeValue(f.uniqueIds![f.defaultUniqueId]!) });
  if (f.episodeGuide) {
    const guide = Object.entries(f.episodeGuide).map(([t, id]) => [t, normalizeValue(id)]).filter(([, id]) => id !== '');
    expect(result.episodeGuide).toEqual(Object.fromEntries(guide));
  }
}

const corpus = (name: string) => fs.readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8');
const BASES = ['kodi-tvshow.nfo', 'tmm-tvshow.nfo', 'mediaelch-tvshow.nfo', 'sonarr-tvshow.nfo', 'jellyfin-tvshow.nfo', 'kodi-v17-tvshow.nfo', 'url-tvdb.nfo'];

describe('round trip', () => {
  test('a new file reads back the values written', () => {
    fc.assert(
      fc.property(fields, (f) => expectReadBack(mergeNfo(null, f), f, null)),
      { numRuns: 400 },
    );
  });

  test('a merge into real tools’ files reads back the values written and keeps the rest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fields, (name, f) => {
        const existing = corpus(name);
        const base = parseNfo(existing);
        const text = mergeNfo(existing, f);
        expectReadBack(text, f, base);
        const after = parseNfo(text);
        // Fields Anishelf does not write are exactly as they were.
        for (const key of ['showTitle', 'outline', 'tagline', 'mpaa', 'runtime', 'ratings', 'actors', 'art', 'namedSeasons', 'tags'] as const) {
          expect(after[key]).toEqual(base[key]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('unknown elements, their attributes and comments survive any merge', () => {
    const unknown = fc.record({
      name: fc.stringMatching(/^x[a-z0-9_]{0,8}$/),
      attr: value.map(normalizeValue),
      text: value.map(normalizeValue),
      comment: fc.string().map((c) => c.replace(/-/g, '')),
    });
    fc.assert(
      fc.property(unknown, fields, (u, f) => {
        const existing = `<tvshow>\n<title>Old</title>\n<!--${u.comment}-->\n<${u.name} data="${escapeAttr(u.attr)}">${escapeText(u.text)}</${u.name}>\n</tvshow>\n`;
        const text = mergeNfo(existing, f);
        const [show] = parseNfoXml(text).roots;
        const kept = childElements(show!, u.name);
        expect(kept).toHaveLength(1);
        expect(kept[0]!.attrs).toEqual([{ name: 'data', value: u.attr }]);
        expect(kept[0]!.children.filter((c) => c.kind === 'text').map((c) => c.value).join('').trim()).toBe(u.text);
        expect(show!.children).toContainEqual({ kind: 'comment', value: u.comment });
      }),
      { numRuns: 300 },
    );
  });

  test('merging the same fields twice changes nothing the second time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fields, (name, f) => {
        const once = mergeNfo(corpus(name), f);
        expect(mergeNfo(once, f)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
