import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeToRecord } from '../pipeline.js';
import { readFileInput } from '../sources/input.js';
import { packageRoot } from '../util/paths.js';
import { RecordSchema, SCHEMA_ID, recordProblems } from './schema.js';

const example = join(packageRoot(), 'examples', readdirSync(join(packageRoot(), 'examples')).find((f) => f.endsWith('.txt'))!);

describe('the record schema', () => {
  const record = analyzeToRecord(readFileInput(example));

  it('accepts what the pipeline produces', () => {
    expect(recordProblems(record)).toEqual([]);
    expect(record.schema).toBe(SCHEMA_ID);
    expect(record.pipeline.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it('has every field of the output contract', () => {
    expect(Object.keys(record).sort()).toEqual(
      ['actors', 'article', 'claims', 'dates', 'events', 'id', 'mentions', 'pipeline', 'places', 'quotes', 'schema', 'sections', 'sentences', 'source', 'text', 'warnings'].sort(),
    );
    expect(Object.keys(record.article).sort()).toEqual(['authors', 'dek', 'language', 'publisher', 'published', 'title', 'url'].sort());
  });

  it('gives the same id to the same cleaned text, wherever it came from', () => {
    const again = analyzeToRecord({ ...readFileInput(example), kind: 'stdin', location: 'stdin' });
    expect(again.id).toBe(record.id);
    expect(readFileSync(example, 'utf8')).toContain(record.text.slice(0, 40));
  });

  it('reports spans outside the text and fields of the wrong type', () => {
    const bad = structuredClone(record);
    bad.sentences.push({ start: 5, end: record.text.length + 10 });
    expect(recordProblems(bad)).toEqual([`sentences.${bad.sentences.length - 1}: span [5, ${record.text.length + 10}) is outside the text (length ${record.text.length})`]);
    expect(recordProblems({ ...record, schema: 'other@2' })[0]).toMatch(/^schema:/);
    expect(RecordSchema.safeParse({ ...record, sections: [{ kind: 'sidebar', start: 0, end: 1 }] }).success).toBe(false);
  });
});
