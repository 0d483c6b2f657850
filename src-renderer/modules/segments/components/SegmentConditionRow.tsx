import { ActionIcon, Group, Paper, Select, Stack } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { SegmentCondition } from '@shared/domain/segment';
import { segmentOperatorLabel, type SegmentField } from '@shared/domain/segments/segmentFieldCatalog';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { SegmentValueInput } from './SegmentValueInput';

export type SegmentConditionRowProps = {
  label: string;
  condition: SegmentCondition;
  fieldOptions: Array<{ group: string; items: Array<{ value: string; label: string }> }>;
  fieldsById: ReadonlyMap<string, SegmentField>;
  names: ReferenceNames;
  pipelines: Array<{ value: string; label: string }>;
  onChange: (condition: SegmentCondition) => void;
  onRemove: () => void;
};

// One condition: which field, which operator, which value. Changing the field starts the condition over.
export function SegmentConditionRow({ label, condition, fieldOptions, fieldsById, names, pipelines, onChange, onRemove }: SegmentConditionRowProps) {
  const field = fieldsById.get(condition.field);
  return (
    <Paper withBorder p="sm" radius="sm" role="group" aria-label={label}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap="xs" style={{ flex: 1 }}>
          <Group grow gap="xs" align="flex-start">
            <Select
              label="Field"
              placeholder="Choose a field"
              data={fieldOptions}
              value={field ? condition.field : null}
              onChange={(next) => {
                const operator = (next && fieldsById.get(next)?.operators[0]) || '';
                onChange({ field: next ?? '', operator, value: null });
              }}
              searchable
              allowDeselect={false}
            />
            {field && (
              <Select
                label="Condition"
                data={field.operators.map((operator) => ({ value: operator, label: segmentOperatorLabel(operator) }))}
                value={condition.operator || null}
                onChange={(next) => onChange({ ...condition, operator: next ?? '', value: null })}
                allowDeselect={false}
              />
            )}
          </Group>
          {field && condition.operator && (
            <SegmentValueInput field={field} operator={condition.operator} value={condition.value} onChange={(value) => onChange({ ...condition, value })} names={names} pipelines={pipelines} />
          )}
        </Stack>
        <ActionIcon variant="subtle" color="gray" mt={26} aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>
          <IconX size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
