import { Badge, Button, CloseButton, Group } from '@mantine/core';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import type { FilterStore } from '../states/createFilterStore';
import { describeCondition } from '../utils/describeCondition';
import { AddFilterButton, type FilterColumns } from './AddFilterButton';

export type FilterBarProps = { columns: FilterColumns; names: ReferenceNames; useFilterStore: FilterStore };

// The active filters of a record table as removable chips, plus Add filter and Clear filters.
export function FilterBar({ columns, names, useFilterStore }: FilterBarProps) {
  const { conditions, addCondition, removeCondition, clearConditions } = useFilterStore();
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
      <AddFilterButton columns={columns} names={names} onAdd={addCondition} />
      {conditions.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearConditions}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
