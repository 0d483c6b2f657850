import { useDraggable, useDroppable, type DraggableAttributes } from '@dnd-kit/core';
import { ActionIcon, Anchor } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import { daysInStage } from '@shared/domain/deals/dealStage';
import { memo, useCallback, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';
import { formatMoney } from '../../../ui/utils/formatMoney';
import type { DealNames } from '../utils/dealNames';
import classes from './DealCard.module.css';
import { DealCardMenu } from './DealCardMenu';

type Deal = StoredRecord<'deals'>;

// Fixed height, so each column is a virtual list: 5,000 cards cost what the visible ones do.
export const dealCardHeight = 104;

type DealCardContentProps = { deal: Deal; names: DealNames; now: Date; linked?: boolean };

// What a card shows; the copy under the pointer while dragging has no link in it.
export function DealCardContent({ deal, names, now, linked = false }: DealCardContentProps) {
  const company = deal.companyId ? names.companies.get(deal.companyId) : undefined;
  const owner = deal.ownerId ? names.owners.get(deal.ownerId) : undefined;
  return (
    <div className={classes.content}>
      {linked ? (
        // draggable={false}: the browser's own link dragging would cancel the card's pointer drag.
        <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={600} truncate draggable={false}>
          {deal.title}
        </Anchor>
      ) : (
        <p className={`${classes.line} ${classes.title}`}>{deal.title}</p>
      )}
      <p className={classes.line}>{formatMoney(deal.valueMinor, deal.currency)}</p>
      <p className={`${classes.line} ${classes.dimmed}`}>{[company ?? 'No company', owner ?? 'No owner'].join(' · ')}</p>
      <p className={`${classes.line} ${classes.dimmed}`}>{formatCount(daysInStage(deal, now), 'day')} in stage</p>
    </div>
  );
}

// What a card's menu does, the same functions for every card, so cards re-render only when their own props change.
export type DealCardActions = {
  moveToStage: (deal: Deal, stageId: string) => void;
  moveBy: (deal: Deal, step: -1 | 1) => void;
  win: (deal: Deal) => void;
  lose: (deal: Deal) => void;
};

export type DealCardProps = {
  deal: Deal;
  names: DealNames;
  now: Date;
  stages: StoredRecord<'stages'>[];
  canMoveUp: boolean;
  canMoveDown: boolean;
  actions: DealCardActions;
};

type DealCardBodyProps = DealCardProps & {
  setGripRef: (node: HTMLElement | null) => void;
  gripAttributes: DraggableAttributes;
  onGripKeyDown: KeyboardEventHandler<HTMLButtonElement> | undefined;
};

// A card's content, menu and grip, memoized apart from the drag and drop state around it:
// every card mounted into a column re-renders the others' dnd-kit hooks, not these.
const DealCardBody = memo(function DealCardBody({ deal, names, now, stages, canMoveUp, canMoveDown, actions, setGripRef, gripAttributes, onGripKeyDown }: DealCardBodyProps) {
  return (
    <div className={classes.layout}>
      <DealCardContent deal={deal} names={names} now={now} linked />
      <div className={classes.tools}>
        <DealCardMenu
          title={deal.title}
          stageId={deal.stageId}
          stages={stages}
          canMoveUp={canMoveUp}
          canMoveDown={canMoveDown}
          onMoveToStage={(stageId) => actions.moveToStage(deal, stageId)}
          onMoveUp={() => actions.moveBy(deal, -1)}
          onMoveDown={() => actions.moveBy(deal, 1)}
          onWin={() => actions.win(deal)}
          onLose={() => actions.lose(deal)}
        />
        {/* Only the grip is the keyboard's drag handle: Space on the link or the menu stays theirs. */}
        <ActionIcon ref={setGripRef} {...gripAttributes} onKeyDown={onGripKeyDown} variant="subtle" size="sm" color="gray" aria-label={`Drag ${deal.title}`} style={{ cursor: 'grab' }}>
          <IconGripVertical size={14} aria-hidden />
        </ActionIcon>
      </div>
    </div>
  );
});

// A card is dragged by the pointer anywhere on it, or from the keyboard through its grip
// (Space to lift, arrows to move, Space to drop); it is also a drop target: dropped on its upper
// or lower half, another card lands above or below it. The menu moves it without dragging.
// Memoized: a scrolled column re-renders only the cards coming into view.
export const DealCard = memo(function DealCard(props: DealCardProps) {
  const { deal } = props;
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
    <article
      ref={setRefs}
      onPointerDown={onPointerDown}
      aria-label={deal.title}
      className={classes.card}
      style={{ height: dealCardHeight }}
      data-dragging={draggable.isDragging || undefined}
      data-over={(droppable.isOver && !draggable.isDragging) || undefined}
    >
      <DealCardBody {...props} setGripRef={setActivatorNodeRef} gripAttributes={attributes} onGripKeyDown={onKeyDown} />
    </article>
  );
});
