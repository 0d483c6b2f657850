import { Group, Select, Stack, Text } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../../../../db/DatabaseProvider';
import { EmptyState } from '../../../../ui/EmptyState';
import { Timeline } from '../../../timeline/components/Timeline';
import { usePagedEvents } from '../../../timeline/hooks/usePagedEvents';
import { eventRangeStart, eventTimeRanges, type EventTimeRange } from '../../../timeline/utils/eventTimeRanges';
import { readEventNames } from '../../../timeline/utils/readEventPage';

export type ContactEventsTabProps = { contactId: string };

export function ContactEventsTab({ contactId }: ContactEventsTabProps) {
  const { db } = useDatabase();
  const names = useLiveQuery(() => readEventNames(db, contactId), [db, contactId]);
  const [name, setName] = useState<string | null>(null);
  // The start is fixed when the range is picked, so the query does not change on every render.
  const [range, setRange] = useState<{ value: EventTimeRange; since: string | null }>({ value: 'all', since: null });
  const { paged, loadMore } = usePagedEvents(contactId, { name, since: range.since });
  const filtered = name !== null || range.since !== null;

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label="Event name"
          placeholder={names?.length === 0 ? 'No events yet' : 'All events'}
          data={names ?? []}
          value={name}
          onChange={setName}
          clearable
          searchable
          nothingFoundMessage="No event with that name"
        />
        <Select
          label="Time range"
          data={eventTimeRanges.map(({ value, label }) => ({ value, label }))}
          value={range.value}
          allowDeselect={false}
          onChange={(value) => value && setRange({ value: value as EventTimeRange, since: eventRangeStart(value, new Date()) })}
        />
      </Group>
      <Timeline
        label="Events"
        entries={paged?.entries}
        hasMore={paged?.hasMore ?? false}
        onLoadMore={loadMore}
        empty={
          filtered ? (
            <Text c="dimmed" ta="center" py="xl">
              No events match these filters.
            </Text>
          ) : (
            <EmptyState icon={IconBolt} title="No events yet">
              Page visits, clicks, goals and purchases this contact makes on your website or in your app will appear here once they are tracked.
            </EmptyState>
          )
        }
      />
    </Stack>
  );
}
