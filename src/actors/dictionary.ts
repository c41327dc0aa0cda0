// The user's actor dictionary (`--actors FILE`, JSON or YAML): known people and organizations with
// dated roles. What it says outranks what the text suggests.
//
//   - name: Eli Cohen
//     aliases: [Cohen]
//     kind: person
//     country: ISR
//     roles:
//       - { role: Foreign Minister, agents: [GOV], from: 2022-12-29, to: 2024-01-01 }
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Actor } from '../doc/schema.js';
import { countryByCode } from '../knowledge/countries.js';
import { InputError } from '../util/errors.js';

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD');
const EntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(['person', 'organization', 'group', 'country']).default('person'),
  country: z.string().length(3).optional(),
  code: z.string().min(3).optional(),
  roles: z
    .array(z.object({ role: z.string().min(1), agents: z.array(z.string().regex(/^[A-Z]{3}$/, 'agent codes are three capital letters')).default([]), from: isoDay.optional(), to: isoDay.optional() }))
    .default([]),
});
export type DictionaryEntry = z.infer<typeof EntrySchema>;

export class ActorDictionary {
  readonly entries: DictionaryEntry[];
  private readonly byName = new Map<string, DictionaryEntry>();

  constructor(entries: DictionaryEntry[]) {
    this.entries = entries;
    for (const e of entries) for (const n of [e.name, ...e.aliases]) this.byName.set(key(n), e);
  }

  lookup(name: string): DictionaryEntry | undefined {
    return this.byName.get(key(name));
  }

  /** Overrides an actor's fields with the entry for its name, using the role held on `date`. */
  apply(actor: Actor, date?: string): void {
    const e = this.lookup(actor.name);
    if (!e) return;
    actor.name = e.name;
    if (e.kind !== 'country') actor.kind = e.kind;
    if (e.country) actor.country = e.country;
    const role = roleOn(e, date);
    if (role) {
      actor.role = role.role;
      actor.agents = [...role.agents];
    }
    const country = actor.country ? countryByCode(actor.country)?.cameo ?? actor.country : '';
    actor.code = e.code ?? (`${country}${actor.agents[0] ?? ''}` || actor.code);
  }
}

/**
 * The role held on `date` (YYYY-MM-DD; from inclusive, to exclusive); without a date, the latest. Also
 * reads the knowledge base's people (src/knowledge/people.ts), whose roles have the same shape.
 */
export function roleOn<R extends { from?: string; to?: string }>(e: { roles: R[] }, date?: string): R | undefined {
  if (!date) return e.roles.at(-1);
  return e.roles.find((r) => (!r.from || r.from <= date) && (!r.to || date < r.to));
}

const key = (name: string) => name.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads and checks a dictionary file; every problem is one line naming the file, the line and what is wrong. */
export function loadActorDictionary(path: string): ActorDictionary {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read actor dictionary: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, path);
  }
  const lines = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lines });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(`line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`, path);
  }
  const root = doc.contents;
  const items = isSeq(root) ? root.items : isMap(root) && isSeq(root.get('actors', true)) ? (root.get('actors', true) as unknown as { items: unknown[] }).items : null;
  if (!items) throw new InputError('line 1: expected a list of actors (or an object with an "actors" list)', path);
  const entries: DictionaryEntry[] = [];
  for (const item of items) {
    const node = item as { range?: [number, number, number]; toJSON(): unknown };
    const line = node.range ? lines.linePos(node.range[0]).line : '?';
    const parsed = EntrySchema.safeParse(node.toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`line ${line}: ${issue.path.length ? `"${issue.path.join('.')}" ` : ''}${issue.message}`, path);
    }
    const e = parsed.data;
    if (e.country && !countryByCode(e.country)) throw new InputError(`line ${line}: actor "${e.name}" has an unknown country code "${e.country}"`, path);
    entries.push(e);
  }
  return new ActorDictionary(entries);
}
