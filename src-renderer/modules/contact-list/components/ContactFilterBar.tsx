import { Badge, Button, CloseButton, Group } from '@mantine/core';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactFilterStore } from '../states/contactFilterStore';
import { describeCondition } from '../utils/describeCondition';
import { AddFilterButton } from './AddFilterButton';

export type ContactFilterBarProps = { columns: ContactColumns; names: ReferenceNames };

export function ContactFilterBar({ columns, names }: ContactFilterBarProps) {
  const { conditions, removeCondition, clearConditions } = useContactFilterStore();
  return (
    <Group gap="xs" aria-label="Filters" role="group">
      {conditions.map((condition, index) => {
        const text = describeCondition(condition, columns.byId.get(condition.field), names);
        return (
          // Mantine's Pill hides its remove button from keyboards and screen readers; this one is a real button.
          <Badge
            key={`${condition.field}-${index}`}
            size="lg"
            variant="light"
            tt="none"
            fw={500}
            rightSection={<CloseButton size="xs" aria-label={`Remove filter ${text}`} onClick={() => removeCondition(index)} />}
          >
            {text}
          </Badge>
        );
      })}
      <AddFilterButton columns={columns} names={names} />
      {conditions.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearConditions}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
