import type { z } from 'zod';
import type { CellError } from './importTypes';

// Error reports quote the start of a cell, never a whole megabyte of it.
export function shortenCell(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}

// Cells past the header's mean a delimiter inside an unquoted value: every value may be shifted.
export function extraCellsError(cells: readonly string[], headers: readonly string[]): CellError | null {
  if (!cells.slice(headers.length).some((cell) => cell.trim())) return null;
  return { column: headers.length, header: `Column ${headers.length + 1}`, value: '', message: `The row has ${cells.length} cells and the header ${headers.length}; is a delimiter inside an unquoted value?` };
}

// What a record's schema refuses (a name over 200 characters, a 20,000-character custom text),
// on the cell that gave the field (`columnOf`: by field, or field.key for custom values).
export function schemaErrors(schema: z.ZodType, fields: Record<string, unknown>, cells: readonly string[], headers: readonly string[], columnOf: ReadonlyMap<string, number>): CellError[] {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const column = columnOf.get(issue.path.slice(0, 2).join('.')) ?? columnOf.get(String(issue.path[0])) ?? -1;
    return { column, header: headers[column] ?? issue.path.join('.'), value: shortenCell(cells[column] ?? ''), message: issue.message };
  });
}
