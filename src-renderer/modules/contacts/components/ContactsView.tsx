import { Badge } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { contactDisplayName } from '@shared/domain/contact';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useLiveRecordList } from '../../../db/queries/useLiveRecordList';
import { EmptyState } from '../../../ui/EmptyState';
import { RecordListPage } from '../../../ui/RecordListPage';
import { RecordRow, RecordRowPlaceholder } from '../../../ui/RecordRow';
import { formatCount } from '../../../ui/utils/formatCount';
import { homeCountry } from '../utils/homeCountry';

export function ContactsView() {
  const { db } = useDatabase();
  const { ids, rowsById, onVisibleRangeChange } = useLiveRecordList(db.contacts, 'sortName');
  return (
    <RecordListPage
      title="Contacts"
      countLabel={(count) => formatCount(count, 'contact')}
      ids={ids}
      onVisibleRangeChange={onVisibleRangeChange}
      empty={
        <EmptyState icon={IconUsers} title="No contacts yet">
          Contacts you add, capture at events, import from CSV or receive through sync will be listed here.
        </EmptyState>
      }
      renderItem={(id) => {
        const contact = rowsById.get(id);
        if (!contact) return <RecordRowPlaceholder />;
        return (
          <RecordRow
            to={`/contacts/${contact.id}`}
            title={contactDisplayName(contact)}
            subtitle={[contact.email, contact.phone && formatPhoneForDisplay(contact.phone, homeCountry)].filter(Boolean).join(' · ') || undefined}
            aside={
              contact.identified ? (
                <Badge variant="light">{contact.status}</Badge>
              ) : (
                <Badge variant="outline" color="gray">
                  Anonymous
                </Badge>
              )
            }
          />
        );
      }}
    />
  );
}
