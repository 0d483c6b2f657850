import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ColumnSummary } from '@shared/domain/deals/dealForecast';
import type { ReactNode } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { VirtualList } from '../../../ui/VirtualList';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatTotals } from '../utils/formatTotals';
import { dealCardHeight } from './DealCard';

export type DealBoardColumnProps = { stage: StoredRecord<'stages'>; summary: ColumnSummary; renderCard: (index: number) => ReactNode };

const cardGap = 8;
// About the distance a table's default overscan of 12 rows covers: a scroll jump mounts fewer cards.
const cardOverscan = 4;
export const columnWidth = 280;
export const columnGap = 12;

// One stage: its figures on top, its cards below in a virtual list.
export function DealBoardColumn({ stage, summary, renderCard }: DealBoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage:${stage.id}`, data: { stageId: stage.id } });
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-label={`${stage.name} stage`}
      withBorder
      p="xs"
      w={columnWidth}
      style={{ flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0, outline: isOver ? '2px solid var(--mantine-primary-color-filled)' : undefined }}
      bg="var(--mantine-color-default-hover)"
    >
      <Stack gap={2} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm" component="h2" truncate>
            {stage.name}
          </Text>
          <Badge variant="light" aria-label={`${stage.probability}% win probability`}>
            {stage.probability}%
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" aria-label={`${stage.name} totals`}>
          {formatCount(summary.count, 'deal')} · {formatTotals(summary.total)}
        </Text>
        <Text size="xs" c="dimmed">
          Weighted {formatTotals(summary.weighted)}
        </Text>
      </Stack>
      {summary.count === 0 ? (
        <Text size="xs" c="dimmed" ta="center" py="md">
          No deals in {stage.name}. Drag a card here or use a card's menu to move one.
        </Text>
      ) : (
        <VirtualList label={`${stage.name} deals`} itemCount={summary.count} itemHeight={dealCardHeight + cardGap} renderItem={renderCard} overscan={cardOverscan} />
      )}
    </Paper>
  );
}
