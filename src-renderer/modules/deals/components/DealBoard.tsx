import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, rectIntersection, useSensor, useSensors, type CollisionDetection, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Group, Paper } from '@mantine/core';
import { summarizeColumn } from '@shared/domain/deals/dealForecast';
import { groupDealsByStage } from '@shared/domain/deals/groupDealsByStage';
import { positionForDrop } from '@shared/domain/deals/positionForDrop';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useDealActions } from '../hooks/useDealActions';
import { boardAnnouncements, boardKeyboardCoordinates, boardScreenReaderInstructions } from '../utils/boardKeyboard';
import type { DealNames } from '../utils/dealNames';
import { columnGap, columnWidth, DealBoardColumn } from './DealBoardColumn';
import { DealCard, DealCardContent, dealCardHeight, type DealCardActions } from './DealCard';
import { LoseDealModal } from './LoseDealModal';

type Deal = StoredRecord<'deals'>;

export type DealBoardProps = { deals: Deal[]; stages: StoredRecord<'stages'>[]; names: DealNames; now: Date };

// The card under the pointer wins over the column it sits in; outside any, the nearest overlap.
const detectCollision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length > 0 ? within : rectIntersection(args);
};

// One column per stage. A drop writes one row: the moved deal's new stage and fractional
// position between its new neighbours; no other card is renumbered.
export function DealBoard({ deals, stages, names, now }: DealBoardProps) {
  const { move: commitMove, changeStatus } = useDealActions();
  // The deals' snapshot shows the moved card as soon as its write commits; a failure is reported there.
  const move = useCallback((deal: Deal, stageId: string, position: string) => void commitMove(deal, stageId, position).catch(() => undefined), [commitMove]);
  const [dragged, setDragged] = useState<Deal | null>(null);
  const [losing, setLosing] = useState<Deal | null>(null);
  // A few pixels of travel before a drag starts, so a click on a card still opens it.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates(columnWidth + columnGap, dealCardHeight + 8) }),
  );
  const columns = useMemo(() => groupDealsByStage(deals, stages.map((stage) => stage.id)), [deals, stages]);
  const byId = useMemo(() => new Map(deals.map((deal) => [deal.id, deal])), [deals]);
  const announcements = useMemo(() => {
    const stageNames = new Map(stages.map((stage) => [stage.id, stage.name]));
    const titleOf = (id: string) => byId.get(id)?.title ?? 'the deal';
    // Droppable ids are `stage:<id>` and `card:<dealId>`.
    const placeOf = (overId: string) => {
      const [kind, id = ''] = overId.split(':');
      if (kind === 'stage') return `the ${stageNames.get(id) ?? ''} stage`;
      const deal = byId.get(id);
      return deal ? `${deal.title} in ${stageNames.get(deal.stageId) ?? 'its stage'}` : 'a card';
    };
    return boardAnnouncements(titleOf, placeOf);
  }, [byId, stages]);

  const onDragStart = ({ active }: DragStartEvent) => setDragged(byId.get(String(active.id)) ?? null);
  const onDragEnd = ({ active, over, activatorEvent, delta }: DragEndEvent) => {
    setDragged(null);
    const deal = byId.get(String(active.id));
    const target = over?.data.current as { stageId: string; dealId?: string } | undefined;
    if (!deal || !over || !target) return;
    // Above or below the card under the pointer, by where the pointer is: the dragged card's
    // own rectangle was measured when the drag began and goes stale if the column moves.
    const moved = active.rect.current.translated;
    const pointerY = activatorEvent instanceof PointerEvent ? activatorEvent.clientY + delta.y : null;
    const droppedAt = pointerY ?? (moved ? moved.top + moved.height / 2 : null);
    const below = droppedAt !== null && droppedAt > over.rect.top + over.rect.height / 2;
    const position = positionForDrop(columns.get(target.stageId) ?? [], deal.id, target.dealId ?? null, below);
    if (position) move(deal, target.stageId, position);
  };

  // Keyboard moves: a neighbour swap within the column, or the bottom of another column, where
  // a card dropped on a column (rather than on a card) lands too.
  // Read through a ref, so the actions (and with them the cards) stay the same as the deals change.
  const columnsRef = useRef(columns);
  useLayoutEffect(() => {
    columnsRef.current = columns;
  }, [columns]);
  const actions = useMemo<DealCardActions>(
    () => ({
      moveBy: (deal, step) => {
        const column = columnsRef.current.get(deal.stageId) ?? [];
        const neighbour = column[column.findIndex((candidate) => candidate.id === deal.id) + step];
        const position = neighbour && positionForDrop(column, deal.id, neighbour.id, step === 1);
        if (position) move(deal, deal.stageId, position);
      },
      moveToStage: (deal, stageId) => {
        const position = positionForDrop(columnsRef.current.get(stageId) ?? [], deal.id, null, true);
        if (position) move(deal, stageId, position);
      },
      win: (deal) => changeStatus(deal, 'won'),
      lose: setLosing,
    }),
    [move, changeStatus],
  );

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={detectCollision}
      accessibility={{ announcements, screenReaderInstructions: boardScreenReaderInstructions }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <Group role="region" aria-label="Deal board, scrollable" tabIndex={0} align="stretch" wrap="nowrap" gap={columnGap} style={{ flex: 1, minHeight: 0, overflowX: 'auto' }}>
        {stages.map((stage) => {
          const column = columns.get(stage.id) ?? [];
          return (
            <DealBoardColumn
              key={stage.id}
              stage={stage}
              summary={summarizeColumn(column, stage.probability)}
              renderCard={(index) => {
                const deal = column[index];
                if (!deal) return null;
                // Keyed by deal: the list's slots are reused by index, and a card's state is its own.
                return <DealCard key={deal.id} deal={deal} names={names} now={now} stages={stages} canMoveUp={index > 0} canMoveDown={index < column.length - 1} actions={actions} />;
              }}
            />
          );
        })}
      </Group>
      {/* The card under the pointer is a copy, so the drop never lands as a click on the original's link. */}
      <DragOverlay>
        {dragged && (
          <Paper withBorder shadow="md" p="xs" h={dealCardHeight}>
            <DealCardContent deal={dragged} names={names} now={now} />
          </Paper>
        )}
      </DragOverlay>
      <LoseDealModal
        title={losing?.title ?? null}
        onCancel={() => setLosing(null)}
        onConfirm={(reason) => {
          if (losing) changeStatus(losing, 'lost', reason);
          setLosing(null);
        }}
      />
    </DndContext>
  );
}
