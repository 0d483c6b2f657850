import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { SegmentDefinition } from '@shared/domain/segment';
import type { SegmentField } from '@shared/domain/segments/segmentFieldCatalog';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { addGroupCondition, addSegmentGroup, removeGroupCondition, removeSegmentGroup, replaceGroupCondition, setGroupJoin, setSegmentJoin } from '../utils/segmentDraft';
import { joinOptions, SegmentGroupCard } from './SegmentGroupCard';

export type SegmentBuilderProps = {
  definition: SegmentDefinition;
  onChange: (definition: SegmentDefinition) => void;
  fields: SegmentField[];
  names: ReferenceNames;
  pipelines: Array<{ value: string; label: string }>;
};

const fieldGroups = { contact: 'Contact', event: 'Events', deals: 'Deals' } as const;

// Groups of conditions, nested one level: conditions combine within a group, groups with each other.
export function SegmentBuilder({ definition, onChange, fields, names, pipelines }: SegmentBuilderProps) {
  const fieldsById = useMemo(() => new Map(fields.map((field) => [field.id, field])), [fields]);
  const fieldOptions = useMemo(
    () =>
      (Object.keys(fieldGroups) as Array<keyof typeof fieldGroups>)
        .map((kind) => ({ group: fieldGroups[kind], items: fields.filter((field) => field.kind === kind).map((field) => ({ value: field.id, label: field.label })) }))
        .filter((option) => option.items.length > 0),
    [fields],
  );
  const rowProps = { fieldOptions, fieldsById, names, pipelines };
  return (
    <Stack gap="sm">
      {definition.groups.length > 1 && (
        <Group gap="sm">
          <Text size="sm">Contacts matching</Text>
          <SegmentedControl size="xs" data={joinOptions} value={definition.join} onChange={(value) => onChange(setSegmentJoin(definition, value as SegmentDefinition['join']))} aria-label="How the groups combine" />
          <Text size="sm">the groups below</Text>
        </Group>
      )}
      {definition.groups.map((group, groupIndex) => (
        <SegmentGroupCard
          key={groupIndex}
          label={`Group ${groupIndex + 1}`}
          group={group}
          onJoinChange={(join) => onChange(setGroupJoin(definition, groupIndex, join))}
          onAddCondition={() => onChange(addGroupCondition(definition, groupIndex, { field: '', operator: '', value: null }))}
          onChangeCondition={(index, condition) => onChange(replaceGroupCondition(definition, groupIndex, index, condition))}
          onRemoveCondition={(index) => onChange(removeGroupCondition(definition, groupIndex, index))}
          onRemove={() => onChange(removeSegmentGroup(definition, groupIndex))}
          {...rowProps}
        />
      ))}
      <Group>
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => onChange(addSegmentGroup(definition))}>
          Add group
        </Button>
      </Group>
    </Stack>
  );
}
