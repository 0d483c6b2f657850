import { Select } from '@mantine/core';
import { useState } from 'react';
import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import { AttributeValueInput } from '../../../ui/AttributeValueInput';
import { BulkActionDialog } from '../../../ui/BulkActionDialog';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import type { BulkCompanyAction } from '../utils/bulkCompanyActions';

export type BulkCompanyActionKind = BulkCompanyAction['kind'];

export type CompanyBulkActionModalProps = {
  kind: BulkCompanyActionKind | null;
  count: number;
  columns: CompanyColumns;
  owners: ReadonlyMap<string, string>;
  onClose: () => void;
  onRun: (action: BulkCompanyAction, label: string) => void;
};

const titles: Record<BulkCompanyActionKind, string> = { setAttribute: 'Set an attribute', assignOwner: 'Assign an owner', delete: 'Delete companies' };

// Fields a bulk edit may set: text-like ones typed in, not names, domains or derived counts.
const settableStandard = new Set(['industry', 'city', 'country']);
const settableCustomTypes = new Set(['text', 'integer', 'float', 'date', 'choice']);

function parseValue(column: CompanyColumn, raw: string): unknown {
  if (raw === '') return column.id.startsWith('custom.') ? null : '';
  if (column.type === 'integer' || column.type === 'float') return Number(raw);
  return column.id === 'country' ? raw.trim().toUpperCase() : raw;
}

export function CompanyBulkActionModal({ kind, count, columns, owners, onClose, onRun }: CompanyBulkActionModalProps) {
  const [field, setField] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const settable = columns.all.filter((column) => settableStandard.has(column.id) || (column.id.startsWith('custom.') && settableCustomTypes.has(column.type)));
  const column = field ? columns.byId.get(field) : undefined;
  const plural = `${count.toLocaleString()} compan${count === 1 ? 'y' : 'ies'}`;

  const close = () => {
    setField(null);
    setValue('');
    setOwnerId(null);
    onClose();
  };

  const submit = () => {
    if (kind === 'setAttribute' && column) onRun({ kind, field: column.id, value: parseValue(column, value) }, `Set ${column.label} on ${plural}`);
    if (kind === 'assignOwner') onRun({ kind, ownerId }, `Assigned ${plural} to ${ownerId ? (owners.get(ownerId) ?? 'someone') : 'nobody'}`);
    if (kind === 'delete') onRun({ kind }, `Deleted ${plural}`);
    close();
  };

  return (
    <BulkActionDialog kind={kind} title={kind ? titles[kind] : ''} countLabel={plural} submitDisabled={kind === 'setAttribute' && !column} onClose={close} onSubmit={submit}>
      {kind === 'setAttribute' && (
        <>
          <Select label="Attribute" data={settable.map((entry) => ({ value: entry.id, label: entry.label }))} value={field} onChange={setField} comboboxProps={{ withinPortal: false }} />
          {column && <AttributeValueInput column={column} value={value} onChange={setValue} />}
        </>
      )}
      {kind === 'assignOwner' && (
        <Select
          label="Owner"
          data={[...owners].map(([id, name]) => ({ value: id, label: name }))}
          value={ownerId}
          onChange={setOwnerId}
          clearable
          searchable
          placeholder="Nobody"
          comboboxProps={{ withinPortal: false }}
        />
      )}
    </BulkActionDialog>
  );
}
