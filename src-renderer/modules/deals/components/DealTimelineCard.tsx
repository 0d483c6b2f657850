import { Text } from '@mantine/core';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { useStageNames } from '../../pipelines/hooks/useStages';
import { NoteComposer } from '../../timeline/components/NoteComposer';
import { Timeline } from '../../timeline/components/Timeline';
import { useDealTimeline } from '../hooks/useDealTimeline';

export type DealTimelineCardProps = { deal: StoredRecord<'deals'> };

const noMore = () => {};
const noStageNames: ReadonlyMap<string, string> = new Map();

export function DealTimelineCard({ deal }: DealTimelineCardProps) {
  const stageNames = useStageNames();
  const entries = useDealTimeline(deal, stageNames ?? noStageNames);
  return (
    <SectionCard title="Notes and timeline">
      <NoteComposer subject={{ dealId: deal.id }} />
      <Timeline
        label="Deal timeline"
        entries={entries}
        hasMore={false}
        onLoadMore={noMore}
        height="max(240px, 40dvh)"
        empty={
          <Text size="sm" c="dimmed">
            Notes, tasks and stage moves of this deal will appear here. Write the first note above.
          </Text>
        }
      />
    </SectionCard>
  );
}
