import { Skeleton } from '@mantine/core';
import { memo } from 'react';
import { contactDisplayName } from '@shared/domain/contact';
import type { ContactColumn } from '@shared/domain/contactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import type { ContactRow } from '../utils/contactSnapshot';
import { ContactCell } from './ContactCell';
import classes from '../../../ui/RecordTable.module.css';

export type ContactTableRowProps = {
  id: string;
  contact: ContactRow | undefined;
  rowIndex: number;
  start: number;
  height: number;
  width: number;
  selectWidth: number;
  cells: ReadonlyArray<{ column: ContactColumn; width: number }>;
  isSelected: boolean;
  names: ReferenceNames;
  onToggle: (id: string, withShift: boolean) => void;
};

// Memoized: while scrolling, rows already on screen keep their render and only new rows render.
export const ContactTableRow = memo(function ContactTableRow({ id, contact, rowIndex, start, height, width, selectWidth, cells, isSelected, names, onToggle }: ContactTableRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      className={classes.row}
      data-selected={isSelected || undefined}
      style={{ position: 'absolute', top: 0, transform: `translateY(${start}px)`, height, width }}
    >
      <div role="cell" className={classes.selectCell} style={{ width: selectWidth }}>
        {/* A plain input: Mantine's Checkbox costs several elements and hooks per row while scrolling. */}
        <input
          type="checkbox"
          className={classes.selectBox}
          checked={isSelected}
          aria-label={`Select ${contact ? contactDisplayName(contact) : 'contact'}`}
          onChange={() => undefined}
          onClick={(event) => onToggle(id, event.shiftKey)}
        />
      </div>
      {cells.map(({ column, width: cellWidth }) => (
        <div key={column.id} role="cell" className={classes.cell} style={{ width: cellWidth }}>
          {contact ? <ContactCell contact={contact} column={column} names={names} /> : <Skeleton height={10} />}
        </div>
      ))}
    </div>
  );
});
