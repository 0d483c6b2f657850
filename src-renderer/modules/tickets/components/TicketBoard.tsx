import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Group, Paper } from '@mantine/core';
import { ticketStatuses } from '@shared/domain/ticket';
import { useMemo, useState } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useTicketActions } from '../hooks/useTicketActions';
import { isTicketStatus, type TicketStatus } from '../utils/ticketStatus';
import type { TicketNames } from '../utils/ticketNames';
import { boardCardHeight, TicketBoardCard, TicketCardContent } from './TicketBoardCard';
import { TicketBoardColumn } from './TicketBoardColumn';

export type TicketBoardProps = { tickets: StoredRecord<'tickets'>[]; names: TicketNames; now: Date };

// One column per status; dropping a card on another column changes the ticket's status (and
// logs it in the thread). Each card's Move menu does the same from the keyboard.
export function TicketBoard({ tickets, names, now }: TicketBoardProps) {
  const { changeStatus } = useTicketActions();
  const [dragged, setDragged] = useState<StoredRecord<'tickets'> | null>(null);
  // A few pixels of travel before a drag starts, so a click on a card still opens it.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const byStatus = useMemo(() => {
    const columns = new Map<TicketStatus, StoredRecord<'tickets'>[]>(ticketStatuses.map((status) => [status, []]));
    for (const ticket of tickets) columns.get(ticket.status)?.push(ticket);
    return columns;
  }, [tickets]);

  const onDragStart = ({ active }: DragStartEvent) => setDragged(tickets.find((ticket) => ticket.id === active.id) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const target = over ? String(over.id) : '';
    const ticket = tickets.find((candidate) => candidate.id === active.id);
    if (ticket && isTicketStatus(target) && target !== ticket.status) void changeStatus(ticket.id, target);
  };

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
      <Group role="region" aria-label="Ticket board, scrollable" tabIndex={0} align="stretch" wrap="nowrap" gap="sm" style={{ flex: 1, minHeight: 0, overflowX: 'auto' }}>
        {ticketStatuses.map((status) => (
          <TicketBoardColumn
            key={status}
            status={status}
            count={byStatus.get(status)?.length ?? 0}
            renderCard={(index) => {
              const ticket = byStatus.get(status)?.[index];
              return ticket && <TicketBoardCard ticket={ticket} names={names} now={now} onMove={(to) => void changeStatus(ticket.id, to)} />;
            }}
          />
        ))}
      </Group>
      {/* The card under the pointer is a copy, so the drop never lands as a click on the original's link. */}
      <DragOverlay>
        {dragged && (
          <Paper withBorder shadow="md" p="xs" h={boardCardHeight} style={{ cursor: 'grabbing' }}>
            <TicketCardContent ticket={dragged} names={names} now={now} />
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
