import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/doc.js';
import { analyze } from '../pipeline.js';
import { textInput } from '../sources/input.js';
import { type Chunk, structures } from './clauses.js';

function frames(sentence: string) {
  const doc = analyze(textInput(`Heading\n\n${sentence}`, 'clauses', 'text'));
  const text = (c: Chunk | null) => (c ? doc.text.slice(doc.tokens.start[c.first], doc.tokens.end[c.last]) : null);
  return { doc, frames: structures(doc).slice(1).flatMap((s) => s.frames.map((f) => ({ subject: text(f.subject), verb: text(f.verb), object: text(f.object), pps: f.pps.map((p) => text(p)), passive: f.verb.passive, negated: f.verb.negated }))) };
}

describe('clause structure', () => {
  it('finds subject, verb group, object and prepositional phrases', () => {
    const { frames: f } = frames('The Chilean president met with her Argentine counterpart in Santiago on Monday.');
    expect(f[0]).toMatchObject({ subject: 'The Chilean president', verb: 'met', object: null, pps: ['with her Argentine counterpart', 'in Santiago', 'on Monday'] });
  });

  it('keeps auxiliaries, particles and negation in the verb group', () => {
    const { frames: f } = frames('Japan has stepped up its patrols, but China did not respond.');
    expect(f.map((x) => [x.subject, x.verb, x.object, x.negated])).toEqual([
      ['Japan', 'has stepped up', 'its patrols', false],
      ['China', 'did not respond', null, true],
    ]);
  });

  it('marks the passive and keeps its by-agent as a prepositional phrase', () => {
    const { frames: f } = frames('The convoy was attacked by militants near the border.');
    expect(f[0]).toMatchObject({ subject: 'The convoy', verb: 'was attacked', passive: true, pps: ['by militants', 'near the border'] });
  });

  it('opens a clause at a subordinator the tagger calls a preposition', () => {
    const { frames: f } = frames('Talks stalled last week as Ankara prepared to send its envoy to Baghdad.');
    expect(f.map((x) => [x.subject, x.verb])).toContainEqual(['Ankara', 'prepared to send']);
  });

  it('reads a form in -s with no subject before it and a preposition after it as a plural noun', () => {
    const { frames: f } = frames('Trade has grown since 2022, when sanctions on Russia made the northern route a risk.');
    expect(f.map((x) => [x.subject, x.verb])).toContainEqual(['sanctions', 'made']);
    expect(f.map((x) => x.verb)).not.toContain('sanctions');
  });

  it('reads a past participle after a perfect auxiliary as a verb', () => {
    const { frames: f } = frames('The army said its forces had shot down two jets.');
    expect(f.map((x) => [x.subject, x.verb])).toContainEqual(['its forces', 'had shot down']);
  });

  it('reads a base form after "and" as a verb when the verb before it follows a modal', () => {
    const { frames: f } = frames('Berlin would increase security at power plants and share intelligence with Poland.');
    expect(f.map((x) => x.verb)).toContain('share');
  });

  it('reads a headline’s form in -s between two nouns as its verb when the line has none', () => {
    const { frames: f } = frames('Saudi-led coalition strikes Yemen capital after missile attack');
    expect(f.map((x) => x.verb)).toContain('strikes');
    // A line with a verb keeps its nouns.
    const { frames: g } = frames('Arms sales to Egypt rose sharply last year.');
    expect(g.map((x) => x.verb)).toEqual(['rose']);
  });

  it('opens a noun phrase at a determiner after a noun', () => {
    const { frames: f } = frames('On Monday both governments agreed to resume talks.');
    expect(f.map((x) => [x.subject, x.verb])).toContainEqual(['both governments', 'agreed to resume']);
  });

  it('reads a bare form right after a past form, and a form in -s after "to", as nouns', () => {
    const { frames: f } = frames('The minister expressed hope for an early end to sanctions.');
    expect(f.map((x) => x.verb)).toEqual(['expressed']);
    const { frames: h } = frames('Iran sought Russian help in building a nuclear plant.');
    expect(h.map((x) => x.verb)).toEqual(['sought']);
    const { frames: g } = frames('The donors helped build the new hospital.');
    expect(g.map((x) => x.verb)).toContain('helped build');
  });

  it('gives a finite verb coordinated after a gerund the subject of the last finite verb', () => {
    const { frames: f } = frames('Turkey accused Syria of supporting Kurdish rebels and threatened military action.');
    expect(f.find((x) => x.verb === 'threatened')?.subject).toBe('Turkey');
    const { frames: g } = frames('Iraq accused Kuwait of stealing oil and flooding the market.');
    expect(g.find((x) => x.verb === 'flooding')?.subject).toBe(g.find((x) => x.verb === 'stealing')?.subject);
  });

  it('inverts "said X" after a quotation and gives a participle the main subject', () => {
    const { frames: f } = frames('“We are ready,” said the envoy, adding that talks would resume.');
    expect(f.find((x) => x.verb === 'said')).toMatchObject({ subject: 'the envoy', object: null });
    expect(f.find((x) => x.verb === 'adding')?.subject).toBe('the envoy');
  });

  it('skips an appositive between the subject and its verb', () => {
    const { frames: f } = frames('Egypt, the largest Arab country, has long accused Ethiopia of taking its water.');
    expect(f[0]).toMatchObject({ subject: 'Egypt', verb: 'has long accused', object: 'Ethiopia' });
  });

  it('is linear on a very long sentence', () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 7 === 3 ? 'met' : `word${i % 40}`)).join(' ');
    const { doc }: { doc: Doc } = frames(words);
    expect(structures(doc).length).toBeGreaterThan(0);
  });
});
