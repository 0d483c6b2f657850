import type { ContactColumn } from '@shared/domain/contactColumns';
import { operatorLabels, type FilterCondition } from '@shared/domain/filters/filterTypes';
import type { ReferenceNames } from '../hooks/useReferenceNames';

function valueLabel(column: ContactColumn | undefined, raw: string | number, names: ReferenceNames): string {
  const id = String(raw);
  if (column?.id === 'ownerId') return names.owners.get(id) ?? id;
  if (column?.id === 'companyIds') return names.companies.get(id) ?? id;
  if (column?.id === 'listIds') return names.lists.get(id) ?? id;
  if (column?.id === 'tagIds') return names.tags.get(id)?.name ?? id;
  return column?.options?.find((option) => option.value === id)?.label ?? id;
}

// "Country is any of DE, NO", as shown on a filter chip.
export function describeCondition(condition: FilterCondition, column: ContactColumn | undefined, names: ReferenceNames): string {
  const operator = operatorLabels[condition.operator] ?? condition.operator;
  const label = column?.label ?? condition.field;
  if (condition.value === null) return `${label} ${operator}`;
  if (condition.operator === 'between' && Array.isArray(condition.value)) return `${label} between ${condition.value.join(' and ')}`;
  if (condition.operator === 'inLastDays') return `${label} in the last ${String(condition.value)} days`;
  const values = Array.isArray(condition.value) ? condition.value : [condition.value];
  return `${label} ${operator} ${values.map((value) => valueLabel(column, typeof value === 'boolean' ? String(value) : value, names)).join(', ')}`;
}
