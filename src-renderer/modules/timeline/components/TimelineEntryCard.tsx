import { Anchor, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import { formatTimeOfDay } from '../utils/formatTimeOfDay';
import { timelineKindLabels, type TimelineEntry } from '../utils/timelineEntry';
import { timelineKindStyle } from '../utils/timelineKindStyle';

export type TimelineEntryCardProps = { entry: TimelineEntry };

// Long bodies are clamped here; the Notes tab shows them in full.
const bodyLines = 6;

export function TimelineEntryCard({ entry }: TimelineEntryCardProps) {
  const { icon: KindIcon, color } = timelineKindStyle[entry.kind];
  return (
    <Group component="article" gap="sm" wrap="nowrap" align="flex-start" py="xs">
      <ThemeIcon variant="light" color={color} radius="xl" aria-hidden>
        <KindIcon size={16} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Text size="sm" fw={600} style={{ flexShrink: 0 }}>
            {timelineKindLabels[entry.kind]}
          </Text>
          {entry.title &&
            (entry.to ? (
              <Anchor component={Link} to={entry.to} size="sm" truncate="end">
                {entry.title}
              </Anchor>
            ) : (
              <Text size="sm" truncate="end">
                {entry.title}
              </Text>
            ))}
          {entry.overdue && (
            <Badge color="red" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              Overdue
            </Badge>
          )}
          <Text component="time" dateTime={entry.time} size="xs" c="dimmed" ml="auto" style={{ flexShrink: 0 }}>
            {formatTimeOfDay(entry.time)}
          </Text>
        </Group>
        {entry.body && (
          <Text size="sm" lineClamp={bodyLines} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.body}
          </Text>
        )}
        {entry.details.length > 0 && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {entry.details.join(' · ')}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
