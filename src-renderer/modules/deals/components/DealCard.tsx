import { useDraggable, useDroppable } from '@dnd-kit/core';
import { ActionIcon, Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { daysInStage } from '@shared/domain/deals/dealStage';
import { useCallback, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatMoney } from '../../../ui/utils/formatMoney';
import type { DealNames } from '../utils/dealNames';

type Deal = StoredRecord<'deals'>;

// Fixed height, so each column is a virtual list: 5,000 cards cost what the visible ones do.
export const dealCardHeight = 104;

type DealCardContentProps = { deal: Deal; names: DealNames; now: Date; linked?: boolean };

// What a card shows; the copy under the pointer while dragging has no link in it.
export function DealCardContent({ deal, names, now, linked = false }: DealCardContentProps) {
  const company = deal.companyId ? names.companies.get(deal.companyId) : undefined;
  const owner = deal.ownerId ? names.owners.get(deal.ownerId) : undefined;
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      {linked ? (
        // draggable={false}: the browser's own link dragging would cancel the card's pointer drag.
        <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={600} truncate draggable={false}>
          {deal.title}
        </Anchor>
      ) : (
        <Text size="sm" fw={600} truncate>
          {deal.title}
        </Text>
      )}
      <Text size="sm">{formatMoney(deal.valueMinor, deal.currency)}</Text>
      <Text size="xs" c="dimmed" truncate>
        {[company ?? 'No company', owner ?? 'No owner'].join(' · ')}
      </Text>
      <Text size="xs" c="dimmed">
        {formatCount(daysInStage(deal, now), 'day')} in stage
      </Text>
    </Stack>
  );
}

export type DealCardProps = { deal: Deal; names: DealNames; now: Date; menu: ReactNode };

// A card is dragged by the pointer anywhere on it, or from the keyboard through its grip
// (Space to lift, arrows to move, Space to drop); it is also a drop target: dropped on its upper
// or lower half, another card lands above or below it. The menu moves it without dragging.
export function DealCard({ deal, names, now, menu }: DealCardProps) {
  const draggable = useDraggable({ id: deal.id });
  const droppable = useDroppable({ id: `card:${deal.id}`, data: { dealId: deal.id, stageId: deal.stageId } });
  const { setNodeRef: setDragRef, setActivatorNodeRef, attributes, listeners } = draggable;
  const { setNodeRef: setDropRef } = droppable;
  // dnd-kit types its listeners loosely; these are the two its sensors attach.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler<HTMLElement> | undefined;
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined;
  const setRefs = useCallback(
    (node: HTMLElement | null) => {
      setDragRef(node);
      setDropRef(node);
    },
    [setDragRef, setDropRef],
  );
  return (
    <Paper
      ref={setRefs}
      onPointerDown={onPointerDown}
      component="article"
      aria-label={deal.title}
      withBorder
      p="xs"
      shadow="xs"
      h={dealCardHeight}
      mr={4}
      style={{
        cursor: 'grab',
        opacity: draggable.isDragging ? 0.4 : 1,
        touchAction: 'none',
        overflow: 'hidden',
        borderTop: droppable.isOver && !draggable.isDragging ? '2px solid var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap={4}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <DealCardContent deal={deal} names={names} now={now} linked />
        </div>
        <Stack gap={2}>
          {menu}
          {/* Only the grip is the keyboard's drag handle: Space on the link or the menu stays theirs. */}
          <ActionIcon ref={setActivatorNodeRef} {...attributes} onKeyDown={onKeyDown} variant="subtle" size="sm" color="gray" aria-label={`Drag ${deal.title}`} style={{ cursor: 'grab' }}>
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
        </Stack>
      </Group>
    </Paper>
  );
}
