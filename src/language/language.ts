// Sentences, tokens, POS tags and lemmas from wink-nlp. wink does not split sentences on single line
// breaks, so each section (one paragraph) is read on its own and its offsets shifted into the Doc.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/schema.js';
import type { Stage } from '../doc/stage.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let nlp: WinkNLP | undefined;

/** The wink-nlp instance, loaded once per process (about 150 ms). */
export function wink(): WinkNLP {
  nlp ??= winkNLP(model);
  return nlp;
}

/** A paragraph longer than this is read in slices, so one pasted table cannot stall the stage. */
const MAX_PARAGRAPH_CHARS = 100_000;

export const languageStage: Stage = {
  name: 'language',
  requires: ['sections'],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    const its = wink().its;
    const starts: number[] = [];
    const ends: number[] = [];
    const pos: string[] = [];
    const lemma: string[] = [];
    const sentenceOf: number[] = [];
    const firstToken: number[] = [];
    const sentences: Span[] = [];

    for (const piece of paragraphPieces(doc)) {
      const text = doc.text.slice(piece.start, piece.end);
      const wdoc = wink().readDoc(text);
      const values = wdoc.tokens().out(its.value) as string[];
      const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
      const tags = wdoc.tokens().out(its.pos) as string[];
      // The lite model's lemma function is typed for a different cache argument; it works as a token its.
      const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
      const base = starts.length;
      // Offsets: wink keeps each token's text and the spaces before it, so a running cursor finds
      // them; searching forward guards against any normalization wink might apply.
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        cursor += spaces[i].length;
        let at = cursor;
        if (text.startsWith(values[i], cursor) === false) {
          const found = text.indexOf(values[i], cursor);
          at = found >= 0 ? found : cursor;
        }
        const end = Math.min(text.length, at + values[i].length);
        starts.push(piece.start + at);
        ends.push(piece.start + end);
        pos.push(tags[i]);
        lemma.push(lemmas[i]);
        cursor = end;
      }
      wdoc.sentences().each((s: { out(f: unknown): unknown }) => {
        const [a, b] = s.out(its.span) as unknown as [number, number];
        if (b < a) return;
        firstToken.push(base + a);
        for (let t = base + a; t <= base + b; t++) sentenceOf[t] = sentences.length;
        sentences.push({ start: starts[base + a], end: ends[base + b] });
      });
    }
    firstToken.push(starts.length);
    doc.sentences = sentences;
    doc.tokens = {
      start: Int32Array.from(starts),
      end: Int32Array.from(ends),
      pos,
      lemma,
      sentence: Int32Array.from(sentenceOf),
      sentenceFirstToken: Int32Array.from(firstToken),
    };
  },
};

/** Sections, cut at line breaks (a section is one paragraph) and at MAX_PARAGRAPH_CHARS. */
function* paragraphPieces(doc: Doc): Generator<Span> {
  for (const section of doc.sections) {
    let start = section.start;
    while (start < section.end) {
      let end = Math.min(section.end, start + MAX_PARAGRAPH_CHARS);
      const newline = doc.text.indexOf('\n', start);
      if (newline >= 0 && newline < end) end = newline;
      else if (end < section.end) {
        // Cut at the last space inside the slice so no word is split.
        const space = doc.text.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
      if (doc.text.slice(start, end).trim()) yield { start, end };
      start = end + 1;
    }
  }
}
