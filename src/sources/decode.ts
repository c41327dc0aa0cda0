// Bytes → text, in the HTML standard's order of authority: a byte-order mark, then the charset of the
// HTTP Content-Type header, then the page's own <meta charset> / http-equiv / <?xml encoding?>, and only
// then a guess (UTF-8 when the bytes are valid UTF-8, else windows-1252, the web's de facto default).
// Sniffing is encoding-sniffer's (the WHATWG algorithm); decoding is iconv-lite's, which knows the legacy
// encodings (windows-125x, ISO-8859-x, Shift_JIS, EUC-JP, GBK, Big5, KOI8-R…) and UTF-16.
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it (lower case). */
  encoding: string;
  /** Where the encoding came from. */
  origin: 'bom' | 'header' | 'document' | 'guess';
  warnings: string[];
}

/** How far into the document to look for a <meta charset> (the standard says 1024 bytes; real pages put it later). */
const SNIFF_BYTES = 4096;

/** The charset parameter of a Content-Type header value, or undefined. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

export function decodeBytes(bytes: Buffer, options: { contentType?: string | null; markup?: boolean } = {}): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return done(bytes, bom, 'bom', []);
  const header = charsetOf(options.contentType);
  if (header && iconv.encodingExists(header)) return done(bytes, canonical(header), 'header', []);
  const warnings: string[] = [];
  if (header) warnings.push(`unknown charset "${header}" in the Content-Type header; ignored`);
  if (options.markup !== false) {
    const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, defaultEncoding: 'utf-8' });
    sniffer.write(bytes.subarray(0, SNIFF_BYTES));
    if ((sniffer.resultType === ResultType.META_TAG || sniffer.resultType === ResultType.XML_ENCODING || sniffer.resultType === ResultType.XML_PREFIX) && iconv.encodingExists(sniffer.encoding)) {
      const declared = canonical(sniffer.encoding);
      // A saved page is re-encoded as UTF-8 but keeps its old <meta charset>: bytes that are valid UTF-8
      // with non-ASCII characters in them are UTF-8 (legacy-encoded text almost never is valid UTF-8).
      if (declared !== 'utf-8' && declared !== 'utf-16le' && declared !== 'utf-16be' && hasNonAscii(bytes) && isUtf8(bytes)) {
        warnings.push(`the page declares ${sniffer.encoding} but its bytes are UTF-8; read as UTF-8`);
        return done(bytes, 'utf-8', 'guess', warnings);
      }
      // A page that says UTF-8 but is not is common enough (a CMS template over legacy data): guess then.
      if (declared !== 'utf-8' || isUtf8(bytes)) return done(bytes, declared, 'document', warnings);
      warnings.push('the page declares UTF-8 but is not valid UTF-8; read as windows-1252');
      return done(bytes, 'windows-1252', 'guess', warnings);
    }
  }
  if (isUtf8(bytes)) return done(bytes, 'utf-8', 'guess', warnings);
  warnings.push('input is not valid UTF-8 and declares no encoding; read as windows-1252');
  return done(bytes, 'windows-1252', 'guess', warnings);
}

function done(bytes: Buffer, encoding: string, origin: Decoded['origin'], warnings: string[]): Decoded {
  const text = iconv.decode(bytes, encoding, { stripBOM: true });
  return { text, encoding, origin, warnings };
}

function bomEncoding(b: Buffer): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

// The WHATWG labels browsers honour map "iso-8859-1" and "us-ascii" to windows-1252; so do we.
function canonical(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'iso8859-1' || l === 'l1') return 'windows-1252';
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'x-sjis' || l === 'sjis' || l === 'ms_kanji' || l === 'windows-31j' || l === 'csshiftjis') return 'shift_jis';
  return l;
}

function hasNonAscii(bytes: Buffer): boolean {
  for (const b of bytes) if (b > 0x7f) return true;
  return false;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
