import { useDroppable } from '@dnd-kit/core';
import { Badge, Group, Paper, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { VirtualList } from '../../../ui/VirtualList';
import { boardCardHeight } from './TicketBoardCard';
import { ticketStatusColors, ticketStatusLabels, type TicketStatus } from '../utils/ticketStatus';

export type TicketBoardColumnProps = { status: TicketStatus; count: number; renderCard: (index: number) => ReactNode };

const cardGap = 8;

export function TicketBoardColumn({ status, count, renderCard }: TicketBoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const label = ticketStatusLabels[status];
  return (
    <Paper
      ref={setNodeRef}
      component="section"
      aria-label={`${label} tickets`}
      withBorder
      p="xs"
      w={270}
      style={{ flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0, outline: isOver ? '2px solid var(--mantine-primary-color-filled)' : undefined }}
      bg="var(--mantine-color-default-hover)"
    >
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600} size="sm" component="h2">
          {label}
        </Text>
        <Badge variant="light" color={ticketStatusColors[status]}>
          {count}
          <VisuallyHidden> tickets</VisuallyHidden>
        </Badge>
      </Group>
      {count === 0 ? (
        <Text size="xs" c="dimmed" ta="center" py="md">
          Drop a ticket here to mark it {label.toLowerCase()}.
        </Text>
      ) : (
        <VirtualList label={label} itemCount={count} itemHeight={boardCardHeight + cardGap} renderItem={renderCard} />
      )}
    </Paper>
  );
}
