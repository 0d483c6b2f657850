import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { AttributeValueInput } from '../../../ui/AttributeValueInput';
import { BulkActionDialog } from '../../../ui/BulkActionDialog';
import { CompanyPicker } from '../../companies/components/CompanyPicker';
import type { CompanyOption } from '../../companies/hooks/useCompanyOptions';
import type { ContactColumns } from '../hooks/useContactColumns';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import type { BulkContactAction } from '../utils/bulkContactActions';

export type BulkActionKind = BulkContactAction['kind'];

export type BulkActionModalProps = {
  kind: BulkActionKind | null;
  count: number;
  columns: ContactColumns;
  names: ReferenceNames;
  onClose: () => void;
  onRun: (action: BulkContactAction, label: string) => void;
};

const titles: Record<BulkActionKind, string> = {
  setAttribute: 'Set an attribute',
  addTags: 'Add tags',
  removeTags: 'Remove tags',
  addToList: 'Add to a list',
  removeFromList: 'Remove from a list',
  assignOwner: 'Assign an owner',
  addToCompany: 'Add to a company',
  delete: 'Delete contacts',
};

// Attributes a bulk edit can set: plain text-like fields and custom attributes.
const settableTypes = new Set(['text', 'integer', 'float', 'boolean', 'date', 'datetime', 'choice']);
const derivedColumns = new Set(['sortName', 'identified', 'ownerId', 'companyIds', 'tagIds', 'listIds', 'createdAt', 'updatedAt', 'email', 'phone', 'externalId']);

function parseValue(column: ContactColumn, raw: string): unknown {
  if (raw === '') return column.id.startsWith('custom.') ? null : '';
  if (column.type === 'integer' || column.type === 'float') return Number(raw);
  if (column.type === 'boolean') return raw === 'yes';
  if (column.type === 'datetime') return new Date(raw).toISOString();
  return raw;
}

export function BulkActionModal({ kind, count, columns, names, onClose, onRun }: BulkActionModalProps) {
  const [field, setField] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [company, setCompany] = useState<CompanyOption | null>(null);
  const [role, setRole] = useState('');
  const [since, setSince] = useState('');
  const settable = columns.all.filter((column) => settableTypes.has(column.type) && !derivedColumns.has(column.id));
  const column = field ? columns.byId.get(field) : undefined;
  const tagOptions = [...names.tags].map(([id, tag]) => ({ value: id, label: tag.name }));
  const listOptions = [...names.lists].map(([id, name]) => ({ value: id, label: name }));
  const ownerOptions = [...names.owners].map(([id, name]) => ({ value: id, label: name }));
  const plural = `${count.toLocaleString()} contact${count === 1 ? '' : 's'}`;

  const close = () => {
    setField(null);
    setValue('');
    setPicked([]);
    setCompany(null);
    setRole('');
    setSince('');
    onClose();
  };

  const submit = () => {
    if (!kind) return;
    const first = picked[0];
    if (kind === 'setAttribute' && column) onRun({ kind, field: column.id, value: parseValue(column, value) }, `Set ${column.label} on ${plural}`);
    if (kind === 'addTags' && picked.length) onRun({ kind, tagIds: picked }, `Tagged ${plural}`);
    if (kind === 'removeTags' && picked.length) onRun({ kind, tagIds: picked }, `Removed tags from ${plural}`);
    if (kind === 'addToList' && first) onRun({ kind, listId: first }, `Added ${plural} to ${names.lists.get(first) ?? 'a list'}`);
    if (kind === 'removeFromList' && first) onRun({ kind, listId: first }, `Removed ${plural} from ${names.lists.get(first) ?? 'a list'}`);
    if (kind === 'assignOwner') onRun({ kind, ownerId: first ?? null }, `Assigned ${plural} to ${first ? (names.owners.get(first) ?? 'someone') : 'nobody'}`);
    if (kind === 'addToCompany' && company) onRun({ kind, companyId: company.value, role: role.trim(), since: since || null }, `Added ${plural} to ${company.label}`);
    if (kind === 'delete') onRun({ kind }, `Deleted ${plural}`);
    close();
  };

  return (
    <BulkActionDialog kind={kind} title={kind ? titles[kind] : ''} countLabel={plural} onClose={close} onSubmit={submit}>
      {kind === 'setAttribute' && (
        <>
          <Select label="Attribute" data={settable.map((entry) => ({ value: entry.id, label: entry.label }))} value={field} onChange={setField} searchable comboboxProps={{ withinPortal: false }} />
          {column && <AttributeValueInput column={column} value={value} onChange={setValue} />}
        </>
      )}
      {(kind === 'addTags' || kind === 'removeTags') && <MultiSelect label="Tags" data={tagOptions} value={picked} onChange={setPicked} searchable comboboxProps={{ withinPortal: false }} />}
      {(kind === 'addToList' || kind === 'removeFromList') && (
        <Select label="List" data={listOptions} value={picked[0] ?? null} onChange={(next) => setPicked(next ? [next] : [])} searchable comboboxProps={{ withinPortal: false }} />
      )}
      {kind === 'assignOwner' && (
        <Select label="Owner" data={ownerOptions} value={picked[0] ?? null} onChange={(next) => setPicked(next ? [next] : [])} searchable clearable placeholder="Nobody" comboboxProps={{ withinPortal: false }} />
      )}
      {kind === 'addToCompany' && (
        <>
          <CompanyPicker value={company} onChange={setCompany} />
          <TextInput label="Role or title" description="For everyone added; contacts already there keep theirs" value={role} onChange={(event) => setRole(event.currentTarget.value)} />
          <TextInput label="Since" type="date" value={since} onChange={(event) => setSince(event.currentTarget.value)} />
        </>
      )}
    </BulkActionDialog>
  );
}
