import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importDelimiters } from '@renderer/modules/import/utils/importFileFormat';
import type { ImportSource } from '@renderer/modules/import/utils/importSource';
import { readCsvChunks } from '@renderer/modules/import/utils/readCsvChunks';

// Characters that stress CSV: every delimiter, quotes, both line breaks, spaces, and multi-byte ones.
const cellText = fc.string({ unit: fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', ' ', 'a', 'Z', '0', 'é', '€', '😀'), maxLength: 12 });

// At least two columns: a row of one empty cell is an empty line, which a file cannot tell apart.
const table = fc.integer({ min: 2, max: 5 }).chain((columns) => fc.array(fc.array(cellText, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 20 }));

// The file's bytes arriving in pieces cut anywhere, even inside a character or a quoted field:
// each read gives the bytes asked for only up to the next cut.
function fileInPieces(bytes: Uint8Array, cuts: number[]): ImportSource {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1))), bytes.length].sort((a, b) => a - b);
  return {
    size: bytes.length,
    slice: (start, end) => ({
      arrayBuffer: () => Promise.resolve(bytes.slice(start, Math.min(end, points.find((point) => point > start) ?? end)).buffer),
    }),
  };
}

describe('reading a CSV file', () => {
  it('gives back every table papaparse writes, cell for cell, with any delimiter and quoting, however the bytes arrive', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(...importDelimiters), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 7 }), async (rows, delimiter, quotes, cuts, rowsPerChunk) => {
        const bytes = new TextEncoder().encode(Papa.unparse(rows, { delimiter, quotes }));
        const read: string[][] = [];
        for await (const chunk of readCsvChunks(fileInPieces(bytes, cuts), { encoding: 'utf-8', delimiter }, rowsPerChunk)) read.push(...chunk.rows);
        expect(read).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
