// JSON-LD as pages really write it. A good share of news pages ship JSON-LD that JSON.parse rejects:
// single-quoted strings, raw line breaks inside strings, trailing commas, `//` comments, two objects
// back to back, a CMS comment wrapper. Browsers ignore it; search engines read it anyway, and so do
// we: a tolerant reader that accepts JSON plus those slips and returns what it could read.

/** A JSON value read leniently; `undefined` where nothing could be read. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Parses one script's text: strict JSON first (fast), then the tolerant reader. */
export function parseJsonLd(raw: string): JsonValue[] {
  const text = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (!text) return [];
  try {
    return [JSON.parse(text) as JsonValue];
  } catch {
    return new LenientReader(text).readAll();
  }
}

/** A recursive-descent reader for JSON with the slips above; it never throws, it stops. */
class LenientReader {
  #s: string;
  #i = 0;
  constructor(s: string) {
    this.#s = s;
  }

  /** Every top-level value, in order (several objects may follow one another). */
  readAll(): JsonValue[] {
    const out: JsonValue[] = [];
    for (let guard = 0; guard < 100; guard++) {
      this.#space();
      if (this.#i >= this.#s.length) break;
      const c = this.#s[this.#i];
      if (c !== '{' && c !== '[') {
        this.#i++;
        continue;
      }
      const start = this.#i;
      const value = this.#value(0);
      if (value !== undefined) out.push(value);
      if (this.#i === start) this.#i++;
    }
    return out;
  }

  #space(): void {
    const s = this.#s;
    while (this.#i < s.length) {
      const c = s[this.#i];
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\ufeff' || c === '\u00a0') this.#i++;
      else if (c === '/' && s[this.#i + 1] === '/') {
        const end = s.indexOf('\n', this.#i);
        this.#i = end < 0 ? s.length : end + 1;
      } else if (c === '/' && s[this.#i + 1] === '*') {
        const end = s.indexOf('*/', this.#i + 2);
        this.#i = end < 0 ? s.length : end + 2;
      } else break;
    }
  }

  #value(depth: number): JsonValue | undefined {
    if (depth > 64) return undefined;
    this.#space();
    const c = this.#s[this.#i];
    if (c === '{') return this.#object(depth);
    if (c === '[') return this.#array(depth);
    if (c === '"' || c === "'") return this.#string(c);
    return this.#bare();
  }

  #object(depth: number): JsonValue {
    const out: { [key: string]: JsonValue } = {};
    this.#i++; // {
    for (;;) {
      this.#space();
      const c = this.#s[this.#i];
      if (c === undefined) return out; // unclosed: keep what was read
      if (c === '}') {
        this.#i++;
        return out;
      }
      if (c === ',') {
        this.#i++;
        continue;
      }
      const key = c === '"' || c === "'" ? this.#string(c) : this.#name();
      if (key === '') {
        this.#i++; // an unreadable character: skip it
        continue;
      }
      this.#space();
      if (this.#s[this.#i] === ':') this.#i++;
      const value = this.#value(depth + 1);
      // In a broken object the first reading of a key is the trustworthy one.
      if (value !== undefined && !(key in out)) out[key] = value;
    }
  }

  #array(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.#i++; // [
    for (;;) {
      this.#space();
      const c = this.#s[this.#i];
      if (c === undefined) return out;
      if (c === ']') {
        this.#i++;
        return out;
      }
      if (c === ',') {
        this.#i++;
        continue;
      }
      const at = this.#i;
      const value = this.#value(depth + 1);
      if (value !== undefined) out.push(value);
      if (this.#i === at) this.#i++;
    }
  }

  // Strings keep raw control characters as spaces; unknown escapes (\' \/ \x) keep the character.
  #string(quote: string): string {
    const s = this.#s;
    let out = '';
    this.#i++;
    while (this.#i < s.length) {
      const c = s[this.#i++];
      if (c === quote && this.#closes()) return out;
      if (c === '\\') {
        const e = s[this.#i++];
        if (e === 'n') out += '\n';
        else if (e === 't') out += '\t';
        else if (e === 'r') out += '\r';
        else if (e === 'b' || e === 'f') out += ' ';
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(this.#i, this.#i + 4))) {
          out += String.fromCharCode(Number.parseInt(s.slice(this.#i, this.#i + 4), 16));
          this.#i += 4;
        } else if (e !== undefined) out += e;
      } else out += c < ' ' ? ' ' : c;
    }
    return out;
  }

  // An unescaped quote inside a string ("features "Jewels", a light …"): a quote closes the string only
  // when what follows can follow a JSON string.
  #closes(): boolean {
    const rest = this.#s.slice(this.#i, this.#i + 80);
    const m = /^\s*([,}\]:]|$)/.exec(rest);
    if (!m) return false;
    if (m[1] !== ',') return true;
    return /^\s*,\s*(?:["'{[\]}\d-]|true\b|false\b|null\b|[A-Za-z_$@][\w$@-]*\s*:|$)/.test(rest);
  }

  #name(): string {
    const m = /^[A-Za-z_$@][\w$@:-]*/.exec(this.#s.slice(this.#i, this.#i + 200));
    if (!m) return '';
    this.#i += m[0].length;
    return m[0];
  }

  #bare(): JsonValue | undefined {
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|undefined)/.exec(this.#s.slice(this.#i, this.#i + 40));
    if (!m) return undefined;
    this.#i += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    if (m[0] === 'null' || m[0] === 'undefined') return null;
    return Number(m[0]);
  }
}

/** Every object in the values, depth first, following @graph, arrays and nested objects. */
export function jsonLdObjects(values: JsonValue[]): { [key: string]: JsonValue }[] {
  const out: { [key: string]: JsonValue }[] = [];
  const visit = (v: JsonValue, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    out.push(v);
    for (const x of Object.values(v)) if (x !== null && typeof x === 'object') visit(x, depth + 1);
  };
  for (const v of values) visit(v, 0);
  return out;
}

/** The @type names of an object, without a schema.org prefix. */
export function typesOf(o: { [key: string]: JsonValue }): string[] {
  const t = o['@type'] ?? o.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}
