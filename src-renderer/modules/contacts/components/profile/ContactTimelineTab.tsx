import { Stack } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { EmptyState } from '../../../../ui/EmptyState';
import { NoteComposer } from '../../../timeline/components/NoteComposer';
import { Timeline } from '../../../timeline/components/Timeline';
import { useContactTimeline } from '../../../timeline/hooks/useContactTimeline';

export type ContactTimelineTabProps = { contactId: string; readOnly: boolean };

export function ContactTimelineTab({ contactId, readOnly }: ContactTimelineTabProps) {
  const { entries, hasMore, loadMore } = useContactTimeline(contactId);
  return (
    <Stack gap="md">
      {!readOnly && <NoteComposer subject={{ contactId }} />}
      <Timeline
        label="Timeline"
        entries={entries}
        hasMore={hasMore}
        onLoadMore={loadMore}
        empty={
          <EmptyState icon={IconTimeline} title="Nothing on the timeline yet">
            Notes, logged calls, emails and meetings, tasks, deals, tickets and the events this contact triggers will appear here, newest first.
          </EmptyState>
        }
      />
    </Stack>
  );
}
