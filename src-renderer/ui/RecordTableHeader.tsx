import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { memo } from 'react';
import classes from './RecordTable.module.css';

export type RecordTableSort = { column: string; descending: boolean };

export type RecordTableHeaderProps = {
  table: Table<string>;
  // Only there for the memo's comparison: the header re-renders when the columns or sizes change.
  sizesKey: string;
  totalWidth: number;
  selectWidth: number;
  sort: RecordTableSort;
  onSort: (sort: RecordTableSort) => void;
  widths: Record<string, number>;
  onWidths: (widths: Record<string, number>) => void;
};

// Sort buttons and resize handles (drag, or arrow keys on the handle). Memoized: scrolling
// re-renders the table every frame, and the header only changes with the sort, columns or sizes.
export const RecordTableHeader = memo(function RecordTableHeader({ table, totalWidth, selectWidth, sort, onSort, widths, onWidths }: RecordTableHeaderProps) {
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div role="rowgroup" className={classes.header}>
      <div role="row" aria-rowindex={1} className={classes.row} style={{ width: totalWidth }}>
        <div role="columnheader" className={classes.selectCell} style={{ width: selectWidth }}>
          <span className={classes.visuallyHidden}>Select</span>
        </div>
        {headers.map((header) => {
          const label = String(header.column.columnDef.header);
          const sorted = sort.column === header.id ? (sort.descending ? 'descending' : 'ascending') : 'none';
          return (
            <div key={header.id} role="columnheader" aria-sort={sorted} className={classes.headerCell} style={{ width: header.getSize() }}>
              <UnstyledButton className={classes.sortButton} onClick={() => onSort({ column: header.id, descending: sort.column === header.id ? !sort.descending : false })} aria-label={`Sort by ${label}`}>
                {label}
                {sorted === 'ascending' && <IconArrowUp size={14} aria-hidden />}
                {sorted === 'descending' && <IconArrowDown size={14} aria-hidden />}
              </UnstyledButton>
              <div
                role="separator"
                aria-orientation="vertical"
                aria-label={`Resize ${label}`}
                aria-valuenow={header.getSize()}
                tabIndex={0}
                className={classes.resizer}
                onMouseDown={header.getResizeHandler()}
                onTouchStart={header.getResizeHandler()}
                onKeyDown={(event) => {
                  const step = event.key === 'ArrowRight' ? 16 : event.key === 'ArrowLeft' ? -16 : 0;
                  if (step) onWidths({ ...widths, [header.id]: Math.min(640, Math.max(80, header.getSize() + step)) });
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
