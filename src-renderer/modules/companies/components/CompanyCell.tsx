import { Link } from 'react-router';
import type { AttributeType } from '@shared/domain/attribute';
import type { CustomValue } from '@shared/domain/common';
import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import { readField } from '@shared/domain/filters/compileFilter';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { formatCustomValue } from '../../contacts/components/form/formatContactField';
import type { CompanyRow } from '../hooks/useCompanyRows';
import classes from '../../../ui/RecordTable.module.css';

export type CompanyCellProps = { company: CompanyRow; column: CompanyColumn; owners: ReadonlyMap<string, string> };

// One cell, as plain elements (a fast scroll renders hundreds per frame); data is always text.
export function CompanyCell({ company, column, owners }: CompanyCellProps) {
  if (column.id === 'sortName') {
    return (
      <Link to={`/companies/${company.id}`} className={classes.nameLink}>
        {company.name}
      </Link>
    );
  }
  if (column.id === 'ownerId') return <span className={classes.truncate}>{company.ownerId ? (owners.get(company.ownerId) ?? '') : ''}</span>;
  return <span className={classes.truncate}>{formatValue(readField(company as unknown as Record<string, unknown>, column.id), column)}</span>;
}

function formatValue(value: unknown, column: CompanyColumn): string {
  if (value === null || value === undefined) return '';
  if (column.id.startsWith('custom.')) {
    const attribute = { key: column.id.slice('custom.'.length), label: column.label, type: column.type as AttributeType, options: column.options ?? [] };
    return formatCustomValue(attribute, value as CustomValue);
  }
  if (column.type === 'datetime') return formatDateTime(String(value));
  return typeof value === 'number' ? value.toLocaleString() : String(value);
}
