import { Skeleton } from '@mantine/core';
import { memo, type ReactElement, type ReactNode } from 'react';
import classes from './RecordTable.module.css';

export type RecordTableRowProps<Row, Column extends { id: string }> = {
  id: string;
  // Undefined while the row is still being read: its cells show placeholders.
  record: Row | undefined;
  rowIndex: number;
  start: number;
  height: number;
  width: number;
  selectWidth: number;
  cells: ReadonlyArray<{ column: Column; width: number }>;
  isSelected: boolean;
  selectLabel: string;
  renderCell: (record: Row, column: Column) => ReactNode;
  onToggle: (id: string, withShift: boolean) => void;
};

function RecordTableRowInner<Row, Column extends { id: string }>({ id, record, rowIndex, start, height, width, selectWidth, cells, isSelected, selectLabel, renderCell, onToggle }: RecordTableRowProps<Row, Column>) {
  return (
    <div role="row" aria-rowindex={rowIndex + 2} className={classes.row} data-selected={isSelected || undefined} style={{ position: 'absolute', top: 0, transform: `translateY(${start}px)`, height, width }}>
      <div role="cell" className={classes.selectCell} style={{ width: selectWidth }}>
        {/* A plain input: Mantine's Checkbox costs several elements and hooks per row while scrolling. */}
        <input type="checkbox" className={classes.selectBox} checked={isSelected} aria-label={selectLabel} onChange={() => undefined} onClick={(event) => onToggle(id, event.shiftKey)} />
      </div>
      {cells.map(({ column, width: cellWidth }) => (
        <div key={column.id} role="cell" className={classes.cell} style={{ width: cellWidth }}>
          {record === undefined ? <Skeleton height={10} /> : renderCell(record, column)}
        </div>
      ))}
    </div>
  );
}

// Memoized: while scrolling, rows already on screen keep their render and only new rows render.
export const RecordTableRow = memo(RecordTableRowInner) as <Row, Column extends { id: string }>(props: RecordTableRowProps<Row, Column>) => ReactElement;
