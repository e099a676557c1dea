import { describe, expect, test } from 'vitest';
import { decodeNfoBytes } from './decode';

const XML = '<?xml version="1.0"?><tvshow><title>葬送のフリーレン 🎬</title></tvshow>';
// 葬送のフリーレン in Shift_JIS.
const SJIS_TITLE = [0x91, 0x92, 0x91, 0x97, 0x82, 0xcc, 0x83, 0x74, 0x83, 0x8a, 0x81, 0x5b, 0x83, 0x8c, 0x83, 0x93];

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('decodeNfoBytes', () => {
  test.each([
    ['UTF-8 without BOM', Buffer.from(XML), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(XML)]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(XML, 'utf16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(XML)]), 'utf-16be'],
    ['UTF-16 LE without BOM', Buffer.from(XML, 'utf16le'), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16be(XML), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    expect(decodeNfoBytes(bytes)).toEqual({ text: XML, encoding, problems: [] });
  });

  test('Shift_JIS named in the declaration', () => {
    const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><tvshow><title>'), Buffer.from(SJIS_TITLE), Buffer.from('</title></tvshow>')]);
    const decoded = decodeNfoBytes(bytes);
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.text).toContain('<title>葬送のフリーレン</title>');
    expect(decoded.problems).toEqual([]);
  });

  test('ISO-8859-1 named in the declaration', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><title>Pok\xe9mon</title>', 'latin1');
    expect(decodeNfoBytes(bytes).text).toContain('Pokémon');
  });

  test('bytes that are not UTF-8 are replaced and reported', () => {
    const decoded = decodeNfoBytes(Buffer.from('<title>Pok\xe9mon</title>', 'latin1'));
    expect(decoded.text).toBe('<title>Pok\uFFFDmon</title>');
    expect(decoded.problems).toEqual([{ code: 'NFO_ENCODING', message: expect.stringContaining('not valid UTF-8') }]);
  });

  test('an encoding Node cannot decode is reported and UTF-8 is used', () => {
    const decoded = decodeNfoBytes(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><tvshow/>'));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.problems[0]).toMatchObject({ code: 'NFO_ENCODING', message: expect.stringContaining('"x-klingon"') });
  });

  test('UTF-32 is reported, not silently misread', () => {
    const decoded = decodeNfoBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]));
    expect(decoded.problems[0]).toMatchObject({ code: 'NFO_ENCODING', message: expect.stringContaining('UTF-32') });
  });

  test('a UTF-16 declaration on 8-bit bytes is ignored', () => {
    expect(decodeNfoBytes(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><tvshow/>')).encoding).toBe('utf-8');
  });
});
