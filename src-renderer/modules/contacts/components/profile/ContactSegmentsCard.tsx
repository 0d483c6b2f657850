import { Badge, Group, Loader, Text } from '@mantine/core';
import type { StoredRecord } from '../../../../db/rowTypes';
import { SectionCard } from '../../../../ui/SectionCard';
import { useContactSegments } from '../../../segments/hooks/useContactSegments';

export type ContactSegmentsCardProps = { contact: StoredRecord<'contacts'> };

// The live segments the contact matches right now; unlike tags and lists nobody adds it to them.
export function ContactSegmentsCard({ contact }: ContactSegmentsCardProps) {
  const segments = useContactSegments(contact);
  return (
    <SectionCard title="Segments">
      {segments === undefined ? (
        <Loader size="xs" aria-label="Checking segments" />
      ) : segments.length === 0 ? (
        <Text size="sm" c="dimmed">
          In no segment. Segments whose conditions this contact meets will show here.
        </Text>
      ) : (
        <Group gap="xs" role="list" aria-label="Segments of this contact">
          {segments.map((segment) => (
            <Badge key={segment.id} role="listitem" color="blue" variant="dot">
              {segment.name}
            </Badge>
          ))}
        </Group>
      )}
    </SectionCard>
  );
}
