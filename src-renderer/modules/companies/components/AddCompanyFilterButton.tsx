import { Button, Popover, Select, Stack } from '@mantine/core';
import { IconFilterPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { operatorLabels, operatorsByType, valuelessOperators, type FilterCondition } from '@shared/domain/filters/filterTypes';
import { isConditionComplete } from '@shared/domain/segments/isConditionComplete';
import { FilterValueInput } from '../../contact-list/components/FilterValueInput';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyFilterStore } from '../states/companyFilterStore';

export type AddCompanyFilterButtonProps = { columns: CompanyColumns; names: ReferenceNames };

// Field, condition and value of one more filter; the value control is the contacts table's.
export function AddCompanyFilterButton({ columns, names }: AddCompanyFilterButtonProps) {
  const addCondition = useCompanyFilterStore((state) => state.addCondition);
  const [opened, setOpened] = useState(false);
  const [field, setField] = useState<string | null>(null);
  const [operator, setOperator] = useState<string | null>(null);
  const [value, setValue] = useState<FilterCondition['value']>(null);
  const column = field ? columns.byId.get(field) : undefined;
  const ready = isConditionComplete({ field: field ?? '', operator: operator ?? '', value });

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
            addCondition({ field, operator, value: valuelessOperators.has(operator) ? null : value });
            setField(null);
            setOperator(null);
            setValue(null);
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
