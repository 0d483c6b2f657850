import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { CaptureEvent } from '@shared/capture/captureEvent';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { writeCaptureEvent } from '../utils/captureSettings';
import { CaptureEventModal } from './CaptureEventModal';

export type CaptureEventBarProps = { event: CaptureEvent | null; today: number; inEvent: number };

// Pinned at the top of the view: what every capture is filed under, the counters, and
// switching or ending the event in one step.
export function CaptureEventBar({ event, today, inEvent }: CaptureEventBarProps) {
  const { db } = useDatabase();
  const [choosing, { open, close }] = useDisclosure();
  const names = useLiveQuery(async () => {
    if (!event) return null;
    const [tags, list, owner] = await Promise.all([db.tags.bulkGet(event.tagIds), event.listId ? db.lists.get(event.listId) : undefined, event.ownerId ? db.teamMembers.get(event.ownerId) : undefined]);
    return { tags: tags.flatMap((tag) => (tag ? [tag.name] : [])), list: list?.name ?? null, owner: owner?.name ?? null };
  }, [db, event]);
  return (
    <Paper withBorder p="sm" component="section" aria-label="Event" style={{ position: 'sticky', top: 0, zIndex: 2 }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <IconCalendarEvent size={22} aria-hidden />
          {event ? (
            <>
              <Text fw={700} size="lg">
                {event.name}
              </Text>
              {names?.tags.map((tag) => (
                <Badge key={tag} variant="light">
                  {tag}
                </Badge>
              ))}
              {names?.list && <Text size="sm">List: {names.list}</Text>}
              {names?.owner && <Text size="sm">Owner: {names.owner}</Text>}
              <Text size="sm">Source: {event.source}</Text>
            </>
          ) : (
            <Text>No event: captures get no event tags or list.</Text>
          )}
        </Group>
        <Group gap="sm">
          <Text size="sm" aria-live="polite">
            Today <b>{today}</b>
            {event && (
              <>
                {' · '}This event <b>{inEvent}</b>
              </>
            )}
          </Text>
          <Button variant="light" onClick={open}>
            {event ? 'Switch event' : 'Start event'}
          </Button>
          {event && (
            <Button variant="default" onClick={() => void writeCaptureEvent(db, null)}>
              End event
            </Button>
          )}
        </Group>
      </Group>
      <CaptureEventModal opened={choosing} onClose={close} />
    </Paper>
  );
}
