import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeBytes } from './decode.js';
import { globMatcher } from './glob.js';

const page = (charset: string, body: string) => `<!doctype html><html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

describe('decoding pages', () => {
  it('follows the HTTP header first', () => {
    const bytes = iconv.encode(page('utf-8', 'Zürich – “talks”'), 'windows-1252');
    expect(decodeBytes(bytes, { contentType: 'text/html; charset=windows-1252' })).toMatchObject({ origin: 'header', encoding: 'windows-1252' });
    expect(decodeBytes(bytes, { contentType: 'text/html; charset=windows-1252' }).text).toContain('Zürich – “talks”');
    expect(charsetOf('text/html;charset="ISO-8859-2"')).toBe('ISO-8859-2');
  });

  it('then a byte-order mark, then the page’s meta charset', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('utf-16', 'Kraków'), 'utf-16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ origin: 'bom', encoding: 'utf-16le' });
    expect(decodeBytes(utf16).text).toContain('Kraków');
    const latin2 = iconv.encode(page('iso-8859-2', 'Łódź i Kraków'), 'iso-8859-2');
    expect(decodeBytes(latin2)).toMatchObject({ origin: 'document', encoding: 'iso-8859-2' });
    expect(decodeBytes(latin2).text).toContain('Łódź i Kraków');
    const sjis = iconv.encode(page('Shift_JIS', '東京で外相会談'), 'shift_jis');
    expect(decodeBytes(sjis).text).toContain('東京で外相会談');
  });

  it('guesses UTF-8, else windows-1252 with a warning', () => {
    expect(decodeBytes(Buffer.from('<p>Zürich</p>'))).toMatchObject({ origin: 'guess', encoding: 'utf-8', warnings: [] });
    const legacy = decodeBytes(iconv.encode('<p>Zürich</p>', 'windows-1252'));
    expect(legacy.text).toBe('<p>Zürich</p>');
    expect(legacy.warnings).toEqual(['input is not valid UTF-8 and declares no encoding; read as windows-1252']);
  });

  it('reads a saved page as UTF-8 when its old meta charset no longer fits its bytes', () => {
    const saved = Buffer.from(page('gb2312', '谷歌开发出一款计算机'), 'utf8');
    expect(decodeBytes(saved).text).toContain('谷歌开发出一款计算机');
  });
});

describe('--glob', () => {
  it.each([
    ['*.html', 'a.html', true],
    ['*.html', 'world/a.html', true],
    ['*.html', 'a.htm', false],
    ['**/*.htm', 'x/y/z.htm', true],
    ['**/*.htm', 'z.htm', true],
    ['world/*.html', 'world/a.html', true],
    ['world/*.html', 'world/x/a.html', false],
    ['2024-??-*.{txt,html}', '2024-05-06-talks.txt', true],
    ['[ab]*.txt', 'c.txt', false],
  ])('%s matches %s: %s', (pattern, path, expected) => expect(globMatcher(pattern)(path)).toBe(expected));
});
