// The PolNeAR scorer's parts on a tiny article of our own: brat parsing, direct quotes, overlap matching,
// speakers, offsets back to the raw text. Needs no ../shared.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../src/doc/schema.js';
import {
  type GoldAttribution,
  type PredictedQuote,
  matchSpans,
  offsetMap,
  opensWithQuote,
  parseAnn,
  partialQuote,
  predictedQuotes,
  prf,
  sameName,
  sameSpeaker,
  scoreArticle,
  spansMatch,
  speakerRight,
} from './polnear.js';

const TEXT = [
  'Ferry talks stall.', // 0-18
  '',
  '"We need more boats," Mayor Ada Kov said, "and soon." Officials said the port would reopen.', // 20-111
  '',
  "Critics called it a ''floating disaster'' on Monday.", // 113-165
].join('\n');

const ANN = [
  'T1\tSource 42 55\tMayor Ada Kov',
  'T2\tCue 56 60\tsaid',
  // Discontinuous, fragments out of order as PolNeAR writes them sometimes.
  'T3\tContent 62 73;20 41\t"and soon." "We need more boats,"',
  'T4\tAttribution 56 60\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 74 83\tOfficials',
  'T6\tCue 84 88\tsaid',
  'T7\tContent 89 110\tthe port would reopen',
  'T8\tAttribution 84 88\tsaid',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  'T9\tCue 121 127\tcalled',
  'T10\tContent 128 154\tit a \'\'floating disaster\'\'',
  'T11\tAttribution-no-source 121 127\tcalled',
  'E3\tAttribution-no-source:T11 Content:T10 Cue:T9',
  'T12\tDiscuss 0 18\tFerry talks stall.',
].join('\n');

describe('PolNeAR scorer', () => {
  it('the test text lines up with its offsets', () => {
    expect(TEXT.slice(42, 55)).toBe('Mayor Ada Kov');
    expect(TEXT.slice(89, 110)).toBe('the port would reopen');
    expect(TEXT.slice(128, 154)).toBe("it a ''floating disaster''");
  });

  it('parses attributions with discontinuous Content, without Source, and ignores notes', () => {
    const gold = parseAnn(ANN, TEXT);
    expect(gold).toHaveLength(3);
    const [first, second, third] = gold;
    expect(first.content).toEqual([
      { start: 20, end: 41 },
      { start: 62, end: 73 },
    ]);
    expect(first.source).toEqual([{ start: 42, end: 55 }]);
    expect(first.direct).toBe(true);
    expect(second.direct).toBe(false);
    expect(third.source).toEqual([]);
    expect(third.direct).toBe(false);
  });

  it('knows quotation marks, LDC-style ones included', () => {
    expect(opensWithQuote("''Yes,'' she said", 0)).toBe(true);
    expect(opensWithQuote('“Yes,” she said', 0)).toBe(true);
    expect(opensWithQuote('‘Yes’', 0)).toBe(true);
    expect(opensWithQuote('Yes, she said', 0)).toBe(false);
  });

  it('matches spans when the overlap is at least half of the longer one, one to one', () => {
    expect(spansMatch([{ start: 0, end: 10 }], [{ start: 5, end: 10 }])).toBe(true);
    expect(spansMatch([{ start: 0, end: 10 }], [{ start: 6, end: 10 }])).toBe(false);
    expect(spansMatch([{ start: 0, end: 10 }], [{ start: 0, end: 21 }])).toBe(false);
    // Fragments count together.
    expect(
      spansMatch(
        [
          { start: 0, end: 4 },
          { start: 10, end: 14 },
        ],
        [{ start: 0, end: 4 }],
      ),
    ).toBe(true);
    // One gold, two candidates: the larger overlap wins, the other prediction stays unmatched.
    expect(matchSpans([[{ start: 0, end: 10 }]], [[{ start: 4, end: 10 }], [{ start: 0, end: 9 }]])).toEqual([[0, 1]]);
  });

  it('judges speakers by mention overlap or by name', () => {
    const source = [{ start: 42, end: 55 }];
    expect(speakerRight({ name: 'Someone Else', kind: 'person', mentions: [{ start: 48, end: 55 }] }, source, TEXT)).toBe(true);
    expect(speakerRight({ name: 'Ada Kov', kind: 'person', mentions: [] }, source, TEXT)).toBe(true);
    expect(speakerRight({ name: 'Ola Kov', kind: 'person', mentions: [] }, source, TEXT)).toBe(false);
    expect(speakerRight(null, source, TEXT)).toBe(false);
    expect(sameName('Ada Kov', 'person', "Ms. Kov's office")).toBe(true);
    expect(sameName('New York Times', 'organization', 'the Times')).toBe(true);
    expect(sameName('Port Authority', 'organization', 'the mayor')).toBe(false);
  });

  it('maps record offsets back to the raw text when extraction collapsed spaces', () => {
    const raw = 'Title here\n\n  Body\u00a0 text  "with a quote."  \n';
    const text = 'Title here\n\nBody text "with a quote."';
    const record = {
      text,
      sections: [
        { kind: 'title', start: 0, end: 10 },
        { kind: 'body', start: 12, end: text.length },
      ],
    } as Pick<ArticleRecord, 'text' | 'sections'>;
    const { map, lost } = offsetMap(raw, record);
    expect(lost).toBe(0);
    const q = text.indexOf('with');
    expect(raw.slice(map[q], map[q + 'with a quote.'.length - 1] + 1)).toBe('with a quote.');
  });

  it('joins the parts of a quotation split by its cue, and scores them against the gold', () => {
    const text = TEXT;
    const span = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
    const cue = span('said');
    const record = {
      text,
      sections: [
        { kind: 'title', start: 0, end: 18 },
        { kind: 'body', start: 20, end: 111 },
        { kind: 'body', start: 113, end: text.length },
      ],
      mentions: [{ id: 'm1', ...span('Ada Kov'), type: 'PER', actor: 'person:ada-kov' }],
      actors: [{ id: 'person:ada-kov', name: 'Ada Kov', kind: 'person', agents: [], code: 'XXX', mentions: ['m1'] }],
      quotes: [
        { id: 'q1', ...span('We need more boats,'), text: '', direct: true, speaker: 'person:ada-kov', cue },
        { id: 'q2', ...span('and soon.'), text: '', direct: true, speaker: 'person:ada-kov', cue },
        { id: 'q3', ...span('floating disaster'), text: '', direct: true, speaker: null, cue: null },
      ],
    } as unknown as ArticleRecord;
    const pred = predictedQuotes(record, offsetMap(text, record).map);
    expect(pred).toHaveLength(2);
    expect(pred[0].content).toHaveLength(2);
    expect(partialQuote(text, pred[0])).toBe(false);
    expect(partialQuote(text, pred[1])).toBe(true);
    const gold: GoldAttribution[] = parseAnn(ANN, text).filter((g) => g.direct);
    const direct: PredictedQuote[] = pred.filter((p) => p.direct);
    const { tally, errors } = scoreArticle(gold, direct, text);
    expect(tally).toEqual({ gold: 1, pred: 2, matched: 1, judged: 1, right: 1 });
    expect(errors.falsePositives).toHaveLength(1);
    const s = prf(tally);
    expect(s.p).toBe(0.5);
    expect(s.r).toBe(1);
    expect(s.accuracy).toBe(1);
  });

  it('maps the record to PolNeAR: a fragment inside its reported statement is not direct; a statement opening with a mark is', () => {
    const text = 'Vote.\n\nKov said the plan was “a disaster for us.” “Boats first” is the rule, Kov said.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const record = {
      text,
      sections: [
        { kind: 'title', start: 0, end: 5 },
        { kind: 'body', start: 7, end: text.length },
      ],
      mentions: [],
      actors: [],
      quotes: [
        { id: 'q1', ...span('the plan was “a disaster for us.”'), text: '', direct: false, speaker: null, speakerSpan: { start: 7, end: 10 }, cue: null },
        { id: 'q2', ...span('a disaster for us.'), text: '', direct: true, speaker: null, speakerSpan: { start: 7, end: 10 }, cue: null },
        { id: 'q3', ...span('“Boats first” is the rule'), text: '', direct: false, speaker: null, speakerSpan: span('Kov said.'), cue: null },
        { id: 'q4', ...span('Boats first'), text: '', direct: true, speaker: null, speakerSpan: span('Kov said.'), cue: null },
      ],
    } as unknown as ArticleRecord;
    const pred = predictedQuotes(record, offsetMap(text, record).map);
    expect(pred.map((p) => [text.slice(p.content[0].start, p.content[0].end), p.direct])).toEqual([
      ['the plan was “a disaster for us.”', false],
      ['“Boats first” is the rule', true],
    ]);
    expect(pred[1].speaker?.kind).toBe('words');
    const unmapped = predictedQuotes(record, offsetMap(text, record).map, { mapMixed: false });
    expect(unmapped.map((p) => p.direct)).toEqual([false, true, false, true]);
    expect(speakerRight(pred[1].speaker, [span('Kov')], text)).toBe(false);
    expect(sameSpeaker(record.quotes[0], record.quotes[1])).toBe(true);
    expect(sameSpeaker(record.quotes[0], record.quotes[3])).toBe(false);
  });
});
