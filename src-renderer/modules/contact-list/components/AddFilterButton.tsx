import { Button, Popover, Select, Stack } from '@mantine/core';
import { IconFilterPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { operatorLabels, operatorsByType, valuelessOperators, type FilterCondition } from '@shared/domain/filters/filterTypes';
import { isConditionComplete } from '@shared/domain/segments/isConditionComplete';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { FilterValueInput } from './FilterValueInput';

export type FilterColumns = { all: readonly ContactColumn[]; byId: ReadonlyMap<string, ContactColumn> };
export type AddFilterButtonProps = { columns: FilterColumns; names: ReferenceNames; onAdd: (condition: FilterCondition) => void };

// Field, condition and value of one more filter, for any record table.
export function AddFilterButton({ columns, names, onAdd }: AddFilterButtonProps) {
  const [opened, setOpened] = useState(false);
  const [field, setField] = useState<string | null>(null);
  const [operator, setOperator] = useState<string | null>(null);
  const [value, setValue] = useState<FilterCondition['value']>(null);
  const column = field ? columns.byId.get(field) : undefined;
  const ready = isConditionComplete({ field: field ?? '', operator: operator ?? '', value });

  const reset = () => {
    setField(null);
    setOperator(null);
    setValue(null);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={320} trapFocus shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconFilterPlus size={16} />} onClick={() => setOpened((open) => !open)}>
          Add filter
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!field || !operator || !ready) return;
            onAdd({ field, operator, value: valuelessOperators.has(operator) ? null : value });
            reset();
            setOpened(false);
          }}
        >
          <Stack gap="sm">
            <Select
              label="Field"
              data={columns.all.map((entry) => ({ value: entry.id, label: entry.label }))}
              value={field}
              onChange={(next) => {
                setField(next);
                const type = next ? columns.byId.get(next)?.type : undefined;
                setOperator(type ? (operatorsByType[type][0] ?? null) : null);
                setValue(null);
              }}
              searchable
              comboboxProps={{ withinPortal: false }}
            />
            {column && (
              <Select
                label="Condition"
                data={operatorsByType[column.type].map((entry) => ({ value: entry, label: operatorLabels[entry] ?? entry }))}
                value={operator}
                onChange={(next) => {
                  setOperator(next);
                  setValue(null);
                }}
                allowDeselect={false}
                comboboxProps={{ withinPortal: false }}
              />
            )}
            {column && operator && !valuelessOperators.has(operator) && <FilterValueInput column={column} operator={operator} value={value} onChange={setValue} names={names} />}
            <Button type="submit" disabled={!ready}>
              Apply filter
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
