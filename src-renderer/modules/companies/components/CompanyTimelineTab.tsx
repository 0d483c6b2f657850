import { Stack } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import { useMemo } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { NoteComposer } from '../../timeline/components/NoteComposer';
import { Timeline } from '../../timeline/components/Timeline';
import type { CompanyRecords } from '../utils/readCompanyActivity';
import { companyTimeline } from '../utils/readCompanyActivity';

export type CompanyTimelineTabProps = { companyId: string; records: CompanyRecords | undefined; readOnly: boolean };

const noMore = () => undefined;

export function CompanyTimelineTab({ companyId, records, readOnly }: CompanyTimelineTabProps) {
  const entries = useMemo(() => (records ? companyTimeline(records, new Date()) : undefined), [records]);
  return (
    <Stack gap="md">
      {!readOnly && <NoteComposer subject={{ companyId }} />}
      <Timeline
        label="Timeline"
        entries={entries}
        hasMore={false}
        onLoadMore={noMore}
        empty={
          <EmptyState icon={IconTimeline} title="Nothing on the timeline yet">
            Notes about this company, its deals, tasks and tickets will appear here, newest first. Write the first note above.
          </EmptyState>
        }
      />
    </Stack>
  );
}
