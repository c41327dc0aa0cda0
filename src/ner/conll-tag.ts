// Tags a CoNLL file token for token: one "token TAG" line (IOB2 over PER, ORG, LOC, MISC) for each token
// line, an empty line for each blank or -DOCSTART- line, so a conlleval-style scorer reads it line for line.
import { iob2FromSpans, parseConll } from './conll.js';
import type { TagSpan } from './conll.js';
import { posForWords } from './pos.js';
import type { NerTagger } from './tagger.js';

/** The four CoNLL types for any of the tagger's or the record's types. */
export function conllType(type: string): string {
  if (type === 'PER' || type === 'ORG') return type;
  if (type === 'LOC' || type === 'GPE' || type === 'FAC') return 'LOC';
  return 'MISC';
}

export function tagConll(text: string, tagger: NerTagger): string {
  const { documents, lines } = parseConll(text);
  const tags = documents.map((d) => {
    const sentences = d.sentences.map((s) => ({ words: s.tokens, pos: posForWords(s.tokens) }));
    const spans: TagSpan[][] = tagger.tagDocument(sentences);
    return spans.map((list, si) => iob2FromSpans(list.map((s) => ({ ...s, type: conllType(s.type) })), d.sentences[si].tokens.length));
  });
  const out: string[] = [];
  for (const line of lines) {
    if (line.kind === 'break') out.push('');
    else out.push(`${documents[line.doc].sentences[line.sentence].tokens[line.index]} ${tags[line.doc][line.sentence][line.index]}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
