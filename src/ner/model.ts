// The trained tagger's weights and how they are stored. On disk (models/ner-en.bin): gzip of a magic
// line, a JSON header, the sorted feature keys, int8 weights with one scale per feature row, and the
// transition weights. In memory: an open-addressing table from feature key to row.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TagSet } from './tags.js';

const MAGIC = 'CHANCERY-NER 1\n';

export interface ModelHeader {
  /** Entity types, in tag-set order. */
  types: string[];
  /** Feature rows stored. */
  rows: number;
  /** Whether the features of a second pass include first-pass hints. */
  twoPass: boolean;
  /** Free-form provenance: when, from what data, with which settings; dev scores. */
  info: Record<string, unknown>;
}

/** A model file that is missing or unreadable: names the file and the command that rebuilds it. */
export class ModelFileError extends Error {
  constructor(path: string, problem: string, rebuild = 'npm run train:ner` (needs ../shared/eval/ner/conll2003)') {
    super(`NER model ${path}: ${problem}; rebuild it with \`${rebuild}`);
    this.name = 'ModelFileError';
  }
}

/** How the word lexicon is rebuilt (and then the model, which depends on it). */
export const REBUILD_LEXICON = 'node scripts/ner/clusters.mjs && npm run train:ner` (needs ../shared)';

export class NerModel {
  readonly header: ModelHeader;
  readonly tags: TagSet;
  /** Feature key → row, open addressing; key 0 marks an empty slot. */
  private readonly slotKeys: Uint32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;
  /** rows × tags, already scaled. */
  readonly weights: Float32Array;
  /** (tags + 1) × tags transition weights; the last row is the sentence start. */
  readonly trans: Float32Array;

  constructor(header: ModelHeader, keys: Uint32Array, weights: Float32Array, trans: Float32Array) {
    this.header = header;
    this.tags = new TagSet(header.types);
    this.weights = weights;
    this.trans = trans;
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slotKeys = new Uint32Array(cap);
    this.slotRows = new Int32Array(cap);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r] & this.mask;
      while (this.slotKeys[s] !== 0) s = (s + 1) & this.mask;
      this.slotKeys[s] = keys[r];
      this.slotRows[s] = r;
    }
  }

  row(key: number): number {
    let s = key & this.mask;
    for (;;) {
      const k = this.slotKeys[s];
      if (k === key) return this.slotRows[s];
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weights of each token's features to its emission scores: out[i * T + t]. */
  addEmissions(f: { keys: Uint32Array; offsets: Int32Array }, out: Float64Array): void {
    const T = this.tags.size;
    const n = f.offsets.length - 1;
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const base = i * T;
      for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) {
        const r = this.row(f.keys[k]);
        if (r < 0) continue;
        const wr = r * T;
        for (let t = 0; t < T; t++) out[base + t] += w[wr + t];
      }
    }
  }

  /** Serializes: keys sorted, each row quantized to int8 with its own scale. */
  static encode(header: Omit<ModelHeader, 'rows'>, keys: Uint32Array, weights: Float32Array, trans: Float32Array): Buffer {
    const T = new TagSet(header.types).size;
    const n = keys.length;
    const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
    const sortedKeys = new Uint32Array(n);
    const scales = new Float32Array(n);
    const q = new Int8Array(n * T);
    order.forEach((r, j) => {
      sortedKeys[j] = keys[r];
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(weights[r * T + t]));
      const scale = max / 127 || 1;
      scales[j] = scale;
      for (let t = 0; t < T; t++) q[j * T + t] = Math.round(weights[r * T + t] / scale);
    });
    const head = Buffer.from(JSON.stringify({ ...header, rows: n }), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    const parts = [
      Buffer.from(MAGIC, 'utf8'),
      len,
      head,
      Buffer.from(sortedKeys.buffer),
      Buffer.from(scales.buffer),
      Buffer.from(q.buffer),
      Buffer.from(trans.buffer, trans.byteOffset, trans.byteLength),
    ];
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static decode(file: Buffer, path: string): NerModel {
    let raw: Buffer;
    try {
      raw = gunzipSync(file);
    } catch {
      throw new ModelFileError(path, 'not a gzip file (corrupt or truncated)');
    }
    if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) throw new ModelFileError(path, 'not a Chancery NER model (bad magic line)');
    let at = MAGIC.length;
    if (raw.length < at + 4) throw new ModelFileError(path, 'truncated header');
    const headLen = raw.readUInt32LE(at);
    at += 4;
    let header: ModelHeader;
    try {
      header = JSON.parse(raw.subarray(at, at + headLen).toString('utf8')) as ModelHeader;
    } catch {
      throw new ModelFileError(path, 'unreadable header');
    }
    at += headLen;
    if (!Array.isArray(header.types) || !Number.isInteger(header.rows) || header.rows < 0) throw new ModelFileError(path, 'header lacks types or rows');
    const T = new TagSet(header.types).size;
    const n = header.rows;
    const need = n * 4 + n * 4 + n * T + (T + 1) * T * 4;
    if (raw.length - at !== need) throw new ModelFileError(path, `expected ${need} bytes of weights, found ${raw.length - at}`);
    const copy = (bytes: number) => {
      const b = new Uint8Array(bytes);
      b.set(raw.subarray(at, at + bytes));
      at += bytes;
      return b.buffer;
    };
    const keys = new Uint32Array(copy(n * 4));
    const scales = new Float32Array(copy(n * 4));
    const q = new Int8Array(copy(n * T));
    const trans = new Float32Array(copy((T + 1) * T * 4));
    const weights = new Float32Array(n * T);
    for (let r = 0; r < n; r++) for (let t = 0; t < T; t++) weights[r * T + t] = q[r * T + t] * scales[r];
    return new NerModel(header, keys, weights, trans);
  }

  static read(path: string): NerModel {
    if (!existsSync(path)) throw new ModelFileError(path, 'file not found');
    return NerModel.decode(readFileSync(path), path);
  }

  static write(path: string, header: Omit<ModelHeader, 'rows'>, keys: Uint32Array, weights: Float32Array, trans: Float32Array): number {
    const buf = NerModel.encode(header, keys, weights, trans);
    writeFileSync(path, buf);
    return buf.length;
  }
}
