import { getCoreRowModel, useReactTable, type ColumnDef, type ColumnSizingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import type { CompanyRow } from '../hooks/useCompanyRows';
import { useCompanySelectionStore } from '../states/companySelectionStore';
import { useCompanyViewStore } from '../states/companyViewStore';
import { CompanyTableHeader } from './CompanyTableHeader';
import { CompanyTableRow } from './CompanyTableRow';
import classes from '../../../ui/RecordTable.module.css';

export type CompanyTableProps = { ids: string[]; rowsById: ReadonlyMap<string, CompanyRow>; columns: CompanyColumns; owners: ReadonlyMap<string, string> };

const rowHeight = 44;
const selectWidth = 44;

// TanStack Table keeps the columns (order, sizes); the rows are a virtual window over the ids.
export function CompanyTable({ ids, rowsById, columns, owners }: CompanyTableProps) {
  const { columns: visibleIds, widths, setWidths } = useCompanyViewStore();
  const { selected, toggle } = useCompanySelectionStore();
  const scrollRef = useRef<HTMLDivElement>(null);
  const visible = useMemo(() => visibleIds.flatMap((id) => (columns.byId.has(id) ? [columns.byId.get(id) as CompanyColumn] : [])), [visibleIds, columns]);
  const columnDefs = useMemo<ColumnDef<string>[]>(() => visible.map((column) => ({ id: column.id, header: column.label, size: widths[column.id] ?? (column.id === 'sortName' ? 240 : 160), minSize: 80, maxSize: 640 })), [visible, widths]);
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
  const cells = useMemo(
    () => headers.map((header) => ({ column: columns.byId.get(header.id) as CompanyColumn, width: header.getSize() })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sizesKey captures the headers' ids and sizes
    [sizesKey, columns],
  );
  const onToggle = useCallback((id: string, withShift: boolean) => toggle(id, withShift, ids), [toggle, ids]);

  return (
    <div ref={scrollRef} className={classes.scroller} role="region" aria-label="Companies table, scrollable" tabIndex={0}>
      <div role="table" aria-label="Companies" aria-rowcount={ids.length + 1} style={{ width: totalWidth, minWidth: '100%' }}>
        <CompanyTableHeader table={table} sizesKey={sizesKey} totalWidth={totalWidth} selectWidth={selectWidth} />
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const id = ids[item.index] as string;
            const company = rowsById.get(id);
            return company ? (
              <CompanyTableRow
                key={id}
                company={company}
                rowIndex={item.index}
                start={item.start}
                height={rowHeight}
                width={totalWidth}
                selectWidth={selectWidth}
                cells={cells}
                isSelected={selected.has(id)}
                owners={owners}
                onToggle={onToggle}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}
