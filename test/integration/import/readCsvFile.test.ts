import { describe, expect, it } from 'vitest';
import { detectImportFileFormat } from '@renderer/modules/import/utils/detectImportFileFormat';
import { readCsvChunks } from '@renderer/modules/import/utils/readCsvChunks';
import type { ImportFileFormat } from '@renderer/modules/import/utils/importFileFormat';
import { fixtureFile } from './importFixtures';

async function readAll(file: Blob, format: Pick<ImportFileFormat, 'encoding' | 'delimiter'>, rowsPerChunk = 1000) {
  const rows: string[][] = [];
  const problems: Array<{ rowNumber: number; message: string }> = [];
  for await (const chunk of readCsvChunks(file, format, rowsPerChunk)) {
    rows.push(...chunk.rows);
    problems.push(...chunk.problems);
  }
  return { rows, problems };
}

function utf16(text: string, littleEndian: boolean, withBom: boolean): Blob {
  const bytes = new Uint8Array((text.length + (withBom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  [...(withBom ? '\ufeff' : '') + text].forEach((_, index, all) => view.setUint16(index * 2, all[index]?.charCodeAt(0) ?? 0, littleEndian));
  return new Blob([bytes]);
}

describe('detecting the format', () => {
  it.each([
    ['google-contacts.csv', 'utf-8', ','],
    ['utf8-bom.csv', 'utf-8', ','],
    ['excel-semicolon-windows1252.csv', 'windows-1252', ';'],
  ] as const)('%s is %s with %j', async (name, encoding, delimiter) => {
    expect(await detectImportFileFormat(fixtureFile(name))).toEqual({ kind: 'csv', encoding, delimiter });
  });

  it.each([
    [true, true, 'utf-16le'],
    [true, false, 'utf-16le'],
    [false, true, 'utf-16be'],
    [false, false, 'utf-16be'],
  ] as const)('UTF-16 (little endian %s, BOM %s) is %s, tab-delimited', async (littleEndian, withBom, encoding) => {
    const file = utf16('Name\tCity\nZoë\tTromsø\n', littleEndian, withBom);
    const format = await detectImportFileFormat(file);
    expect(format).toEqual({ kind: 'csv', encoding, delimiter: '\t' });
    expect((await readAll(file, format)).rows).toEqual([['Name', 'City'], ['Zoë', 'Tromsø']]);
  });

  it('finds pipes, and commas when the semicolons are inside quotes', async () => {
    expect((await detectImportFileFormat(new Blob(['a|b|c\n1|2|3\n']))).delimiter).toBe('|');
    expect((await detectImportFileFormat(new Blob(['Name,Note\nAnn,"a;b;c;d"\nBob,"e;f"\n']))).delimiter).toBe(',');
  });
});

describe('reading rows', () => {
  it('reads Windows-1252 text as it was written, and drops a UTF-8 BOM', async () => {
    const excel = await readAll(fixtureFile('excel-semicolon-windows1252.csv'), { encoding: 'windows-1252', delimiter: ';' });
    expect(excel.rows[1]).toEqual(['Jürgen', 'Müller', 'juergen@example.de', '030 1234567', 'Köln', '1.234,50', '03.04.2023', 'ja']);
    expect(excel.rows[3]?.slice(0, 2)).toEqual(['François', 'Côté']);
    const bom = await readAll(fixtureFile('utf8-bom.csv'), { encoding: 'utf-8', delimiter: ',' });
    expect(bom.rows[0]).toEqual(['Email', 'First Name', 'City']);
    expect(bom.rows[1]).toEqual(['sakura@example.jp', '桜', '東京']);
  });

  it('keeps delimiters, quotes and line breaks inside quoted fields', async () => {
    const { rows } = await readAll(fixtureFile('quoted-newlines.csv'), { encoding: 'utf-8', delimiter: ',' });
    expect(rows).toEqual([
      ['Email', 'Name', 'Notes'],
      ['a@example.com', 'Anna, the first', 'Line one\nLine two, with a comma'],
      ['b@example.com', 'Ben "The Builder"', ''],
      ['c@example.com', 'Cleo', 'Three\n\nparagraphs'],
    ]);
  });

  it('keeps empty lines as rows, so row numbers are the file’s, without a row for the final line break', async () => {
    const { rows } = await readAll(fixtureFile('empty-lines.csv'), { encoding: 'utf-8', delimiter: ',' });
    expect(rows).toEqual([['Email', 'First Name'], [''], ['one@example.com', 'One'], [''], ['', ''], ['two@example.com', 'Two'], [''], ['']]);
  });

  it('numbers rows across chunks', async () => {
    const chunks = [];
    for await (const chunk of readCsvChunks(fixtureFile('empty-lines.csv'), { encoding: 'utf-8', delimiter: ',' }, 3)) chunks.push([chunk.firstRowNumber, chunk.rows.length]);
    expect(chunks).toEqual([[1, 3], [4, 3], [7, 2]]);
  });

  it('reports an unterminated quote and still reads the rows before it', async () => {
    const { rows, problems } = await readAll(new Blob(['Email,Name\na@example.com,Ann\nb@example.com,"Ben\n']), { encoding: 'utf-8', delimiter: ',' });
    expect(rows[1]).toEqual(['a@example.com', 'Ann']);
    expect(problems).toEqual([{ rowNumber: 3, message: 'Quoted field unterminated' }]);
  });

  it('reads a 1 MB cell whole, with multi-byte characters across read boundaries', async () => {
    const cell = 'ü€'.repeat(200_000);
    const file = new Blob([`Notes,Email\n"${cell}",big@example.com\n`]);
    expect(file.size).toBeGreaterThan(1_000_000);
    const { rows } = await readAll(file, { encoding: 'utf-8', delimiter: ',' });
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBe(cell);
    expect(rows[1]?.[1]).toBe('big@example.com');
  });
});
