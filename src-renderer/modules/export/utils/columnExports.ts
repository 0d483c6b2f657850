import type { ContactColumn } from '@shared/domain/contactColumns';

// One CSV column: its header and how a record's cell reads.
export type ExportColumn<Row> = { header: string; cell: (row: Row) => string };

// Columns whose cells need more than the stored value (a name for an id, a split name).
export type ExportOverrides<Row> = Partial<Record<string, (column: ContactColumn) => Array<ExportColumn<Row>>>>;

// Cells that hold several values use the separator the importer splits on by default.
export const multiValueSeparator = ' | ';

// By name, so the same record always exports the same cell.
export function joinNames(ids: readonly string[], nameOf: (id: string) => string | undefined): string {
  return ids
    .flatMap((id) => nameOf(id) ?? [])
    .sort((a, b) => a.localeCompare(b))
    .join(multiValueSeparator);
}

// The name of the record an id field points at, '' for none or one no longer there.
export function nameColumn<Row>(header: string, idOf: (row: Row) => string | null | undefined, names: ReadonlyMap<string, string>): ExportColumn<Row> {
  return {
    header,
    cell: (row) => {
      const id = idOf(row);
      return id ? (names.get(id) ?? '') : '';
    },
  };
}

// Values are written for machines as much as people: ISO dates, plain numbers, E.164 phones and
// option labels, so a file goes back in through our own import unchanged.
export function valueText(value: unknown, column: Pick<ContactColumn, 'type' | 'options'>): string {
  const optionLabel = (option: string) => column.options?.find((entry) => entry.value === option)?.label ?? option;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => optionLabel(String(item))).join(multiValueSeparator);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (column.type === 'choice') return optionLabel(String(value));
  return String(value);
}

// The chosen columns of a record table (custom attributes as `custom.<key>`) as CSV columns.
export function columnExports<Row extends object>(columns: readonly ContactColumn[], overrides: ExportOverrides<Row>): Array<ExportColumn<Row>> {
  return columns.flatMap((column) => {
    const override = overrides[column.id];
    if (override) return override(column);
    const read = (row: Row): unknown => {
      const fields = row as Record<string, unknown>;
      return column.id.startsWith('custom.') ? (fields.custom as Record<string, unknown> | undefined)?.[column.id.slice('custom.'.length)] : fields[column.id];
    };
    return [{ header: column.label, cell: (row: Row) => valueText(read(row), column) }];
  });
}
