import type { ContactColumn } from '../contactColumns';

// The companies table's columns and filters, in the shape the contact columns use.
export type CompanyColumn = ContactColumn;

export const standardCompanyColumns: CompanyColumn[] = [
  // sortName is the folded name: sorting and filtering by name use it.
  { id: 'sortName', label: 'Name', type: 'text' },
  { id: 'domain', label: 'Domain', type: 'text' },
  { id: 'industry', label: 'Industry', type: 'text' },
  // Contacts in Outpost working there, counted from live memberships.
  { id: 'employeeCount', label: 'Employees', type: 'integer' },
  { id: 'size', label: 'Size', type: 'integer' },
  { id: 'city', label: 'City', type: 'text' },
  { id: 'country', label: 'Country', type: 'text' },
  { id: 'ownerId', label: 'Owner', type: 'reference' },
  { id: 'externalId', label: 'External id', type: 'text' },
  { id: 'createdAt', label: 'Created', type: 'datetime' },
  { id: 'updatedAt', label: 'Updated', type: 'datetime' },
];

export const defaultCompanyColumnIds = ['sortName', 'domain', 'industry', 'employeeCount', 'city', 'country', 'ownerId'];
