import { Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { SegmentCondition, SegmentDefinition } from '@shared/domain/segment';
import type { SegmentField } from '@shared/domain/segments/segmentFieldCatalog';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { SegmentConditionRow } from './SegmentConditionRow';

type SegmentGroup = SegmentDefinition['groups'][number];

export type SegmentGroupCardProps = {
  label: string;
  group: SegmentGroup;
  fieldOptions: Array<{ group: string; items: Array<{ value: string; label: string }> }>;
  fieldsById: ReadonlyMap<string, SegmentField>;
  names: ReferenceNames;
  pipelines: Array<{ value: string; label: string }>;
  onJoinChange: (join: SegmentGroup['join']) => void;
  onAddCondition: () => void;
  onChangeCondition: (index: number, condition: SegmentCondition) => void;
  onRemoveCondition: (index: number) => void;
  onRemove: () => void;
};

export const joinOptions = [
  { value: 'and', label: 'All of' },
  { value: 'or', label: 'Any of' },
];

// A group of conditions that all (AND) or any (OR) must hold.
export function SegmentGroupCard({ label, group, onJoinChange, onAddCondition, onChangeCondition, onRemoveCondition, onRemove, ...rowProps }: SegmentGroupCardProps) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Text fw={600}>{label}</Text>
            <SegmentedControl size="xs" data={joinOptions} value={group.join} onChange={(value) => onJoinChange(value as SegmentGroup['join'])} aria-label={`How the conditions of ${label.toLowerCase()} combine`} />
          </Group>
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={onRemove}>
            Remove {label.toLowerCase()}
          </Button>
        </Group>
        {group.conditions.length === 0 && (
          <Text size="sm" c="dimmed">
            No conditions yet. Add one to narrow the segment down.
          </Text>
        )}
        {group.conditions.map((condition, index) => (
          <SegmentConditionRow
            key={index}
            label={`Condition ${index + 1}`}
            condition={condition}
            onChange={(next) => onChangeCondition(index, next)}
            onRemove={() => onRemoveCondition(index)}
            {...rowProps}
          />
        ))}
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAddCondition}>
            Add condition
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
