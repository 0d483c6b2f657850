import { IconPencil, IconUserMinus } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/utils/formatDate';
import type { CompanyEmployee } from '../hooks/useCompanyEmployees';
import classes from './CompanyEmployeeRow.module.css';
import tableClasses from '../../../ui/RecordTable.module.css';

export type CompanyEmployeeRowProps = { employee: CompanyEmployee; readOnly: boolean; onEdit: (employee: CompanyEmployee) => void; onRemove: (employee: CompanyEmployee) => void };

// Memoized, and plain elements: the virtual list re-renders on every scroll frame.
export const CompanyEmployeeRow = memo(function CompanyEmployeeRow({ employee, readOnly, onEdit, onRemove }: CompanyEmployeeRowProps) {
  const { membership, contact, name } = employee;
  return (
    <div className={classes.row}>
      <div className={classes.who}>
        <div className={classes.nameLine}>
          <Link to={`/contacts/${contact.id}`} className={tableClasses.nameLink}>
            {name}
          </Link>
          {membership.primary && <span className={tableClasses.badge}>primary</span>}
        </div>
        <div className={classes.meta}>{[membership.role, membership.since ? `since ${formatDate(membership.since)}` : '', contact.email ?? ''].filter(Boolean).join(' · ') || 'No role yet'}</div>
      </div>
      {!readOnly && (
        <div className={classes.actions}>
          <button type="button" className={classes.iconButton} aria-label={`Edit role of ${name}`} onClick={() => onEdit(employee)}>
            <IconPencil size={16} aria-hidden />
          </button>
          <button type="button" className={`${classes.iconButton} ${classes.danger}`} aria-label={`Remove ${name} from the company`} onClick={() => onRemove(employee)}>
            <IconUserMinus size={16} aria-hidden />
          </button>
        </div>
      )}
    </div>
  );
});
