import { Badge, Button, CloseButton, Group } from '@mantine/core';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { describeCondition } from '../../contact-list/utils/describeCondition';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyFilterStore } from '../states/companyFilterStore';
import { AddCompanyFilterButton } from './AddCompanyFilterButton';

export type CompanyFilterBarProps = { columns: CompanyColumns; names: ReferenceNames };

export function CompanyFilterBar({ columns, names }: CompanyFilterBarProps) {
  const { conditions, removeCondition, clearConditions } = useCompanyFilterStore();
  return (
    <Group gap="xs" aria-label="Filters" role="group">
      {conditions.map((condition, index) => {
        const text = describeCondition(condition, columns.byId.get(condition.field), names);
        return (
          <Badge key={`${condition.field}-${index}`} size="lg" variant="light" tt="none" fw={500} rightSection={<CloseButton size="xs" aria-label={`Remove filter ${text}`} onClick={() => removeCondition(index)} />}>
            {text}
          </Badge>
        );
      })}
      <AddCompanyFilterButton columns={columns} names={names} />
      {conditions.length > 0 && (
        <Button variant="subtle" size="compact-sm" onClick={clearConditions}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
