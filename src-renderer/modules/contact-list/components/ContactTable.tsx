import { getCoreRowModel, useReactTable, type ColumnDef, type ColumnSizingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { ContactColumn } from '@shared/domain/contactColumns';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactSelectionStore } from '../states/contactSelectionStore';
import { useContactViewStore } from '../states/contactViewStore';
import type { ContactRow } from '../utils/contactSnapshot';
import { ContactTableHeader } from './ContactTableHeader';
import { ContactTableRow } from './ContactTableRow';
import classes from '../../../ui/RecordTable.module.css';

export type ContactTableProps = { ids: string[]; getContact: (id: string) => ContactRow | undefined; columns: ContactColumns; names: ReferenceNames };

const rowHeight = 44;
const selectWidth = 44;

// TanStack Table keeps the columns (order, sizes, sort state); the rows are a virtual window
// over the matching ids, read straight from the in-memory snapshot.
export function ContactTable({ ids, getContact, columns, names }: ContactTableProps) {
  const { columns: visibleIds, widths, setWidths } = useContactViewStore();
  const { selected, toggle } = useContactSelectionStore();
  const scrollRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => visibleIds.flatMap((id) => (columns.byId.has(id) ? [columns.byId.get(id) as ContactColumn] : [])), [visibleIds, columns]);
  const columnDefs = useMemo<ColumnDef<string>[]>(() => visible.map((column) => ({ id: column.id, header: column.label, size: widths[column.id] ?? (column.id === 'sortName' ? 240 : 170), minSize: 80, maxSize: 640 })), [visible, widths]);
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
    () => headers.map((header) => ({ column: columns.byId.get(header.id) as ContactColumn, width: header.getSize() })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sizesKey captures the headers' ids and sizes
    [sizesKey, columns],
  );
  const onToggle = useCallback((id: string, withShift: boolean) => toggle(id, withShift, ids), [toggle, ids]);

  return (
    <div ref={scrollRef} className={classes.scroller} role="region" aria-label="Contacts table, scrollable" tabIndex={0}>
      <div role="table" aria-label="Contacts" aria-rowcount={ids.length + 1} style={{ width: totalWidth, minWidth: '100%' }}>
        <ContactTableHeader table={table} columns={columns} sizesKey={sizesKey} totalWidth={totalWidth} selectWidth={selectWidth} />
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index] as string;
            return (
              <ContactTableRow
                key={id}
                id={id}
                contact={getContact(id)}
                rowIndex={item.index}
                start={item.start}
                height={rowHeight}
                width={totalWidth}
                selectWidth={selectWidth}
                cells={cells}
                isSelected={selected.has(id)}
                names={names}
                onToggle={onToggle}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
