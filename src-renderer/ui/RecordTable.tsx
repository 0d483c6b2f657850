import { getCoreRowModel, useReactTable, type ColumnDef, type ColumnSizingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import classes from './RecordTable.module.css';
import { RecordTableHeader, type RecordTableSort } from './RecordTableHeader';
import { RecordTableRow } from './RecordTableRow';

export type RecordTableColumn = { id: string; label: string };

// The table's remembered view (a persisted store of the feature).
export type RecordTableView = {
  columns: string[];
  widths: Record<string, number>;
  sort: RecordTableSort;
  setWidths: (widths: Record<string, number>) => void;
  setSort: (sort: RecordTableSort) => void;
};

export type RecordTableProps<Row, Column extends RecordTableColumn> = {
  // Plural record name: "Contacts" labels the table and its scroll region.
  label: string;
  ids: string[];
  getRecord: (id: string) => Row | undefined;
  columnsById: ReadonlyMap<string, Column>;
  view: RecordTableView;
  // Width of a column the user has not resized; the name column gets 240.
  defaultWidth: number;
  selected: ReadonlySet<string>;
  onToggle: (id: string, withShift: boolean, order: readonly string[]) => void;
  // Stable callbacks (module functions or memoized), or every row re-renders while scrolling.
  selectLabel: (record: Row | undefined) => string;
  renderCell: (record: Row, column: Column) => ReactNode;
};

const rowHeight = 44;
const selectWidth = 44;

// TanStack Table keeps the columns (order, sizes, sort state); the rows are a virtual window
// over the ids, each read with `getRecord` when it scrolls into view.
export function RecordTable<Row, Column extends RecordTableColumn>({ label, ids, getRecord, columnsById, view, defaultWidth, selected, onToggle, selectLabel, renderCell }: RecordTableProps<Row, Column>) {
  const { columns: visibleIds, widths, sort, setWidths, setSort } = view;
  const scrollRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => visibleIds.flatMap((id) => columnsById.get(id) ?? []), [visibleIds, columnsById]);
  const columnDefs = useMemo<ColumnDef<string>[]>(() => visible.map((column) => ({ id: column.id, header: column.label, size: widths[column.id] ?? (column.id === 'sortName' ? 240 : defaultWidth), minSize: 80, maxSize: 640 })), [visible, widths, defaultWidth]);
  const table = useReactTable<string>({
    data: [],
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    columnResizeMode: 'onChange',
    manualSorting: true,
    state: { columnSizing: widths },
    onColumnSizingChange: (updater) => setWidths(typeof updater === 'function' ? updater(widths as ColumnSizingState) : updater),
  });
  const virtualizer = useVirtualizer({ count: ids.length, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 4 });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const totalWidth = selectWidth + table.getTotalSize();
  const sizesKey = headers.map((header) => `${header.id}:${header.getSize()}`).join('|');
  // Stable between scroll frames, so memoized rows skip re-rendering.
  const cells = useMemo(
    () => headers.map((header) => ({ column: columnsById.get(header.id) as Column, width: header.getSize() })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sizesKey captures the headers' ids and sizes
    [sizesKey, columnsById],
  );
  const toggleRow = useCallback((id: string, withShift: boolean) => onToggle(id, withShift, ids), [onToggle, ids]);

  return (
    <div ref={scrollRef} className={classes.scroller} role="region" aria-label={`${label} table, scrollable`} tabIndex={0}>
      <div role="table" aria-label={label} aria-rowcount={ids.length + 1} style={{ width: totalWidth, minWidth: '100%' }}>
        <RecordTableHeader table={table} sizesKey={sizesKey} totalWidth={totalWidth} selectWidth={selectWidth} sort={sort} onSort={setSort} widths={widths} onWidths={setWidths} />
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index] as string;
            const record = getRecord(id);
            return (
              <RecordTableRow
                key={id}
                id={id}
                record={record}
                rowIndex={item.index}
                start={item.start}
                height={rowHeight}
                width={totalWidth}
                selectWidth={selectWidth}
                cells={cells}
                isSelected={selected.has(id)}
                selectLabel={selectLabel(record)}
                renderCell={renderCell}
                onToggle={toggleRow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
