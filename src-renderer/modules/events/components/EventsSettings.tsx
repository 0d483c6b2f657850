import { Loader, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { readEventNameCounts } from '../../../db/events/readEvents';
import { SectionCard } from '../../../ui/SectionCard';

const numberFormat = new Intl.NumberFormat();

// Every event name seen, with how often: from the counts the events store keeps as it writes, so
// a million events cost one row read, never a read of the events themselves.
export function EventsSettings() {
  const { db } = useDatabase();
  const counts = useLiveQuery(() => readEventNameCounts(db), [db]);
  return (
    <SectionCard title="Events" description="What contacts did, as recorded by the tracking snippet, the ingest API, imports and sync.">
      {!counts ? (
        <Loader size="sm" aria-label="Counting events" />
      ) : counts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No events yet. Page visits and other events appear here once the tracking snippet, the ingest API or an import records them.
        </Text>
      ) : (
        <Table aria-label="Event names" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Event</Table.Th>
              <Table.Th ta="right">Times seen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.map(({ name, count }) => (
              <Table.Tr key={name}>
                <Table.Td>{name}</Table.Td>
                <Table.Td ta="right">{numberFormat.format(count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
