import { readFileSync } from 'node:fs';

export class DataFileError extends Error {}

/**
 * Reads a data TSV: `#` lines are comments, the first other line names the columns, each row must have
 * exactly that many tab-separated cells (a trailing "why" cell may be empty). Returns one object a row.
 */
export function readTsv(path: string): Record<string, string>[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataFileError(`cannot read data file ${path}: ${(error as Error).message}`);
  }
  const rows: Record<string, string>[] = [];
  let header: string[] | undefined;
  raw.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      return;
    }
    if (cells.length !== header.length) {
      throw new DataFileError(`${path}:${i + 1}: expected ${header.length} tab-separated columns (${header.join(', ')}), found ${cells.length}`);
    }
    rows.push(Object.fromEntries(header.map((h, j) => [h, cells[j].trim()])));
  });
  if (!header) throw new DataFileError(`${path}: no header line`);
  return rows;
}
