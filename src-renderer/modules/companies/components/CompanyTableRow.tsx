import { memo } from 'react';
import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import type { CompanyRow } from '../hooks/useCompanyRows';
import { CompanyCell } from './CompanyCell';
import classes from '../../../ui/RecordTable.module.css';

export type CompanyTableRowProps = {
  company: CompanyRow;
  rowIndex: number;
  start: number;
  height: number;
  width: number;
  selectWidth: number;
  cells: ReadonlyArray<{ column: CompanyColumn; width: number }>;
  isSelected: boolean;
  owners: ReadonlyMap<string, string>;
  onToggle: (id: string, withShift: boolean) => void;
};

// Memoized: while scrolling, rows already on screen keep their render.
export const CompanyTableRow = memo(function CompanyTableRow({ company, rowIndex, start, height, width, selectWidth, cells, isSelected, owners, onToggle }: CompanyTableRowProps) {
  return (
    <div role="row" aria-rowindex={rowIndex + 2} className={classes.row} data-selected={isSelected || undefined} style={{ position: 'absolute', top: 0, transform: `translateY(${start}px)`, height, width }}>
      <div role="cell" className={classes.selectCell} style={{ width: selectWidth }}>
        <input type="checkbox" className={classes.selectBox} checked={isSelected} aria-label={`Select ${company.name}`} onChange={() => undefined} onClick={(event) => onToggle(company.id, event.shiftKey)} />
      </div>
      {cells.map(({ column, width: cellWidth }) => (
        <div key={column.id} role="cell" className={classes.cell} style={{ width: cellWidth }}>
          <CompanyCell company={company} column={column} owners={owners} />
        </div>
      ))}
    </div>
  );
});
