import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { memo } from 'react';
import { useCompanyViewStore } from '../states/companyViewStore';
import classes from '../../../ui/RecordTable.module.css';

// `sizesKey` only makes the memo re-render when columns or sizes change.
export type CompanyTableHeaderProps = { table: Table<string>; sizesKey: string; totalWidth: number; selectWidth: number };

// Sort buttons and resize handles (drag, or arrow keys on the handle).
export const CompanyTableHeader = memo(function CompanyTableHeader({ table, totalWidth, selectWidth }: CompanyTableHeaderProps) {
  const { widths, sort, setWidths, setSort } = useCompanyViewStore();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  return (
    <div role="rowgroup" className={classes.header}>
      <div role="row" aria-rowindex={1} className={classes.row} style={{ width: totalWidth }}>
        <div role="columnheader" className={classes.selectCell} style={{ width: selectWidth }} aria-label="Select" />
        {headers.map((header) => {
          const label = String(header.column.columnDef.header);
          const sorted = sort.column === header.id ? (sort.descending ? 'descending' : 'ascending') : 'none';
          return (
            <div key={header.id} role="columnheader" aria-sort={sorted} className={classes.headerCell} style={{ width: header.getSize() }}>
              <UnstyledButton className={classes.sortButton} onClick={() => setSort({ column: header.id, descending: sort.column === header.id ? !sort.descending : false })} aria-label={`Sort by ${label}`}>
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
