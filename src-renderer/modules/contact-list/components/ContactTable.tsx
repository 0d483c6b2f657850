import { useCallback } from 'react';
import { contactDisplayName } from '@shared/domain/contact';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { RecordTable } from '../../../ui/RecordTable';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactSelectionStore } from '../states/contactSelectionStore';
import { useContactViewStore } from '../states/contactViewStore';
import type { ContactRow } from '../utils/contactSnapshot';
import { ContactCell } from './ContactCell';

export type ContactTableProps = { ids: string[]; getContact: (id: string) => ContactRow | undefined; columns: ContactColumns; names: ReferenceNames };

const selectLabel = (contact: ContactRow | undefined) => `Select ${contact ? contactDisplayName(contact) : 'contact'}`;

// The contacts as a virtual record table, read straight from the in-memory snapshot.
export function ContactTable({ ids, getContact, columns, names }: ContactTableProps) {
  const view = useContactViewStore();
  const { selected, toggle } = useContactSelectionStore();
  const renderCell = useCallback((contact: ContactRow, column: ContactColumn) => <ContactCell contact={contact} column={column} names={names} />, [names]);
  return (
    <RecordTable label="Contacts" ids={ids} getRecord={getContact} columnsById={columns.byId} view={view} defaultWidth={170} selected={selected} onToggle={toggle} selectLabel={selectLabel} renderCell={renderCell} />
  );
}
