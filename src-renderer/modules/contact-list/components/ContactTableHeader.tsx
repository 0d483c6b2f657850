import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { memo } from 'react';
import type { ContactColumns } from '../hooks/useContactColumns';
import { useContactViewStore } from '../states/contactViewStore';
import classes from '../../../ui/RecordTable.module.css';

export type ContactTableHeaderProps = { table: Table<string>; columns: ContactColumns; sizesKey: string; totalWidth: number; selectWidth: number };

// Sort buttons and resize handles. Memoized: scrolling re-renders the table every frame, and
// the header only changes with the sort (read here) or the columns and sizes (`columns` and
// `sizesKey`, props for the memo's comparison).
export const ContactTableHeader = memo(function ContactTableHeader({ table, totalWidth, selectWidth }: ContactTableHeaderProps) {
  const { widths, sort, setWidths, setSort } = useContactViewStore();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div role="rowgroup" className={classes.header}>
      <div role="row" aria-rowindex={1} className={classes.row} style={{ width: totalWidth }}>
        <div role="columnheader" className={classes.selectCell} style={{ width: selectWidth }}>
          <span className={classes.visuallyHidden}>Select</span>
        </div>
        {headers.map((header) => {
          const sorted = sort.column === header.id ? (sort.descending ? 'descending' : 'ascending') : 'none';
          return (
            <div key={header.id} role="columnheader" aria-sort={sorted} className={classes.headerCell} style={{ width: header.getSize() }}>
              <UnstyledButton
                className={classes.sortButton}
                onClick={() => setSort({ column: header.id, descending: sort.column === header.id ? !sort.descending : false })}
                aria-label={`Sort by ${String(header.column.columnDef.header)}`}
              >
                {String(header.column.columnDef.header)}
                {sorted === 'ascending' && <IconArrowUp size={14} aria-hidden />}
                {sorted === 'descending' && <IconArrowDown size={14} aria-hidden />}
              </UnstyledButton>
              <div
                role="separator"
                aria-orientation="vertical"
                aria-label={`Resize ${String(header.column.columnDef.header)}`}
                aria-valuenow={header.getSize()}
                tabIndex={0}
                className={classes.resizer}
                onMouseDown={header.getResizeHandler()}
                onTouchStart={header.getResizeHandler()}
                onKeyDown={(event) => {
                  const step = event.key === 'ArrowRight' ? 16 : event.key === 'ArrowLeft' ? -16 : 0;
                  if (step) setWidths({ ...widths, [header.id]: Math.min(640, Math.max(80, header.getSize() + step)) });
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
});
