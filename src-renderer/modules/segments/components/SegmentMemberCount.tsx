import { Group, Loader, Text } from '@mantine/core';
import { formatCount } from '../../../ui/utils/formatCount';
import type { SegmentMembers } from '../hooks/useSegmentMembers';

export type SegmentMemberCountProps = { members: SegmentMembers };

// Announced politely, so a screen reader hears the new count after each change.
export function SegmentMemberCount({ members }: SegmentMemberCountProps) {
  return (
    <Group gap="xs" aria-live="polite">
      {members.problem ? (
        <Text c="red" size="sm">
          {members.problem}
        </Text>
      ) : (
        <Text fw={600}>{members.ids ? `${formatCount(members.ids.length, 'contact', 'contacts')} match` : 'Counting contacts…'}</Text>
      )}
      {members.counting && <Loader size="xs" aria-label="Counting" />}
    </Group>
  );
}
