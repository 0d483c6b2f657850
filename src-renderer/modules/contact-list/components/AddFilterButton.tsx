import { Button, Popover, Select, Stack } from '@mantine/core';
import { IconFilterPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { operatorLabels, operatorsByType, valuelessOperators, type FilterCondition } from '@shared/domain/filters/filterTypes';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import { useContactFilterStore } from '../states/contactFilterStore';
import { FilterValueInput } from './FilterValueInput';

export type AddFilterButtonProps = { columns: ContactColumns; names: ReferenceNames };

function isComplete(operator: string, value: FilterCondition['value']): boolean {
  if (valuelessOperators.has(operator)) return true;
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => item !== null && !Number.isNaN(item));
  return value !== null && value !== '';
}

export function AddFilterButton({ columns, names }: AddFilterButtonProps) {
  const addCondition = useContactFilterStore((state) => state.addCondition);
  const [opened, setOpened] = useState(false);
  const [field, setField] = useState<string | null>(null);
  const [operator, setOperator] = useState<string | null>(null);
  const [value, setValue] = useState<FilterCondition['value']>(null);
  const column = field ? columns.byId.get(field) : undefined;

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
            if (!field || !operator || !isComplete(operator, value)) return;
            addCondition({ field, operator, value: valuelessOperators.has(operator) ? null : value });
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
            <Button type="submit" disabled={!field || !operator || !isComplete(operator, value)}>
              Apply filter
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
