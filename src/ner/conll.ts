// CoNLL column files: one token a line (first column the token, last column the tag when there is
// one), blank lines between sentences, "-DOCSTART-" lines between documents.

export const DOCSTART = '-DOCSTART-';

export interface ConllSentence {
  tokens: string[];
  /** The last column of each line ("" for a one-column file). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** One input line, for writers that must echo the file's layout line for line. */
export type ConllLine = { kind: 'token'; doc: number; sentence: number; index: number } | { kind: 'break' };

export interface ConllFile {
  documents: ConllDocument[];
  lines: ConllLine[];
}

/** Reads a CoNLL file into documents of sentences, keeping the line layout. */
export function parseConll(text: string): ConllFile {
  const documents: ConllDocument[] = [];
  const lines: ConllLine[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  const endSentence = () => {
    sentence = null;
  };
  const rows = text.split(/\r?\n/);
  // A final newline leaves one empty string that is not a line of the file.
  if (rows.length && rows[rows.length - 1] === '') rows.pop();
  for (const raw of rows) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      lines.push({ kind: 'break' });
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === DOCSTART) {
      endSentence();
      doc = null;
      lines.push({ kind: 'break' });
      continue;
    }
    if (!doc) {
      doc = { sentences: [] };
      documents.push(doc);
    }
    if (!sentence) {
      sentence = { tokens: [], tags: [] };
      doc.sentences.push(sentence);
    }
    const s: ConllSentence = sentence;
    lines.push({ kind: 'token', doc: documents.length - 1, sentence: doc.sentences.length - 1, index: s.tokens.length });
    s.tokens.push(cols[0]);
    s.tags.push(cols.length > 1 ? cols[cols.length - 1] : '');
  }
  return { documents, lines };
}

export interface TagSpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

function splitTag(tag: string): [string, string] {
  if (!tag || tag === 'O') return ['O', ''];
  const m = /^([BIESLU])[-_](.+)$/.exec(tag);
  if (!m) return ['I', tag];
  const prefix = m[1] === 'L' ? 'E' : m[1] === 'U' ? 'S' : m[1];
  return [prefix, m[2]];
}

/** Decodes IOB1, IOB2, IOBES or BILOU tags into spans, the way conlleval reads chunks. */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: { start: number; type: string } | null = null;
  let prevPrefix = 'O';
  let prevType = '';
  for (let i = 0; i < tags.length; i++) {
    const [prefix, type] = splitTag(tags[i]);
    const ends = prevPrefix !== 'O' && (prevPrefix === 'E' || prevPrefix === 'S' || prefix === 'B' || prefix === 'S' || prefix === 'O' || prevType !== type);
    if (open && ends) {
      spans.push({ start: open.start, end: i, type: open.type });
      open = null;
    }
    const starts = prefix !== 'O' && (prefix === 'B' || prefix === 'S' || prevPrefix === 'O' || prevPrefix === 'E' || prevPrefix === 'S' || prevType !== type);
    if (starts) open = { start: i, type };
    prevPrefix = prefix;
    prevType = type;
  }
  if (open) spans.push({ start: open.start, end: tags.length, type: open.type });
  return spans;
}

/** IOB2 tags for spans over n tokens. */
export function iob2FromSpans(spans: readonly TagSpan[], n: number): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
