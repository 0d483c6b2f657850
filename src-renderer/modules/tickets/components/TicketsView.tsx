import { Badge } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useLiveRecordList } from '../../../db/queries/useLiveRecordList';
import { EmptyState } from '../../../ui/EmptyState';
import { RecordListPage } from '../../../ui/RecordListPage';
import { RecordRow, RecordRowPlaceholder } from '../../../ui/RecordRow';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatDateTime } from '../../../ui/utils/formatDate';

const priorityColors = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' } as const;

export function TicketsView() {
  const { db } = useDatabase();
  const { ids, rowsById, onVisibleRangeChange } = useLiveRecordList(db.tickets, 'updatedAt', 'desc');
  return (
    <RecordListPage
      title="Tickets"
      countLabel={(count) => formatCount(count, 'ticket')}
      ids={ids}
      onVisibleRangeChange={onVisibleRangeChange}
      empty={
        <EmptyState icon={IconLifebuoy} title="No tickets yet">
          Support requests from your contacts, with their message threads and internal notes, will be handled here.
        </EmptyState>
      }
      renderItem={(id) => {
        const ticket = rowsById.get(id);
        if (!ticket) return <RecordRowPlaceholder />;
        return (
          <RecordRow
            title={ticket.subject}
            subtitle={`Updated ${formatDateTime(ticket.updatedAt)}`}
            aside={
              <>
                <Badge variant="light" color={priorityColors[ticket.priority]}>{ticket.priority}</Badge>
                <Badge variant="outline" color="gray">{ticket.status}</Badge>
              </>
            }
          />
        );
      }}
    />
  );
}
