import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { writeNfos } from '../../../bench/scenarios/read-nfos';
import { tempDir } from '../testing/temp';
import { decodeNfoBytes } from './decode';
import { scanXml } from './guard';
import { parseGeneral } from './parse-xml';
import { parseSimpleXml } from './simple-xml';

// The simple path must build exactly the tree fast-xml-parser builds, or step aside (null).

const corpusDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

function bothPaths(xml: string) {
  const simpleCount = { invalid: 0 };
  const generalCount = { invalid: 0 };
  const simple = parseSimpleXml(xml, simpleCount);
  const general = parseGeneral(xml, [], generalCount);
  return { simple, general, simpleCount, generalCount };
}

function expectSameTree(xml: string): boolean {
  const { simple, general, simpleCount, generalCount } = bothPaths(xml);
  if (simple === null) return false;
  expect(simple, xml).toEqual(general);
  expect(simpleCount, xml).toEqual(generalCount);
  return true;
}

/** The guard's view of a file: what parseNfoXml hands to the parsers, when it found nothing wrong. */
function scanned(file: string): string | null {
  const scan = scanXml(decodeNfoBytes(fs.readFileSync(file)).text);
  return scan.problems.length === 0 && !scan.refused ? scan.xml : null;
}

describe('the simple XML path', () => {
  test('reads every clean corpus file and the bench NFO set itself, to the same tree', () => {
    const files = fs.readdirSync(corpusDir).map((f) => path.join(corpusDir, f));
    const bench = writeNfos(tempDir()).filter((_, i) => i % 25 === 0);
    let taken = 0;
    for (const file of [...files, ...bench]) {
      const xml = scanned(file);
      if (xml !== null && expectSameTree(xml)) taken++;
    }
    // Kodi's, Jellyfin's and tinyMediaManager's files all take the simple path.
    for (const name of ['kodi-tvshow.nfo', 'kodi-episode.nfo', 'jellyfin-tvshow.nfo', 'jellyfin-episode.nfo', 'tmm-tvshow.nfo', 'tmm-episode.nfo']) {
      expect(parseSimpleXml(scanned(path.join(corpusDir, name))!, { invalid: 0 }), name).not.toBeNull();
    }
    expect(taken).toBeGreaterThanOrEqual(bench.length);
  });

  test('agrees on the corners: comments, entities, risky names, trimmed values, mixed content', () => {
    const samples = [
      '<a>  x  <b/> y </a>', '<a> </a>', '<a><!--  c  --></a>', '<a b=" x "/>', `<a b='1' c="2"></a>`, '<a b="x\ny\tz"/>',
      '<a>&amp;&#9999999;&lt;</a>', '<?xml version="1.0"?>\n<!-- top -->\n<a>1</a>', '<a:b>x</a:b>', '<a>x<!--c-->y</a>',
      '<__proto__ a="1">x</__proto__>', '<a __proto__="x"/>', '<a constructor="x"><toString/></a>', '<a>\u0001x</a>',
      '<a\n  b="1"\n>t</a>', '<a>]]&gt;</a>', '<a b="&quot;&#x41;"/>', '<a><b></b><c/></a>', '<ü>ö</ü>', '<a>a &unknown; b</a>',
      '<a>1</a><b>2</b>', '<a>x\n   y</a>', '<a  b = "1" />', '<a>>x</a>', '<a b="1" b="2"/>', '<a><![CDATA[ x ]]></a>', '<a>x\r\ny</a>',
      '<a>x<![CDATA[ <y> & ]]>z</a>', '<a><![CDATA[]]></a>', '<a>\r\n  <b c="1\r\n">\r\n</b>\r\n</a>\r\n', '<a><![CDATA[\r\n]]></a>', '<a><![CDATA[&amp;\u0001]]></a>',
    ];
    let taken = 0;
    for (const xml of samples) if (expectSameTree(xml)) taken++;
    expect(taken).toBeGreaterThan(samples.length / 2);
  });

  test('builds the same tree as the general parser for generated documents, or steps aside', () => {
    const name = fc.constantFrom('tvshow', 'title', 'a', 'b:c', 'x-y', '__proto__', 'constructor', 'toString', ':@', 'é', 'uniqueid', 'thumb');
    const text = fc.array(fc.constantFrom('x', ' ', '\n', '\r\n', '\r', '\t', '&amp;', '&#65;', '&#0;', '&bogus;', '>', '"', "'", '葬送', '\u0001', '\uFFFF', 'a b'), { maxLength: 6 }).map((p) => p.join(''));
    const attr = fc.tuple(name, text, fc.boolean()).map(([n, v, single]) => (single ? ` ${n}='${v.replace(/'/g, '')}'` : ` ${n}="${v.replace(/"/g, '')}"`));
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        text.map((t) => `<!--${t.replace(/-/g, '')}-->`),
        text.map((t) => `<![CDATA[${t.replace(/]/g, '')}]]>`),
        fc.tuple(name, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(([n, attrs, children, empty]) =>
          empty && children.length === 0 ? `<${n}${attrs.join('')}/>` : `<${n}${attrs.join('')}>${children.join('')}</${n}>`,
        ),
      ),
    })).node;
    let taken = 0;
    fc.assert(
      fc.property(tree, fc.boolean(), (body, declaration) => {
        const xml = `${declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}<root>${body}</root>`;
        const scan = scanXml(xml);
        if (scan.problems.length > 0 || scan.refused) return;
        if (expectSameTree(scan.xml)) taken++;
      }),
      { numRuns: 400 },
    );
    // Most generated documents are plain enough for the simple path: the comparison is real.
    expect(taken).toBeGreaterThan(100);
  });
});
