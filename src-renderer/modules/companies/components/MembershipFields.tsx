import { Checkbox, Group, TextInput } from '@mantine/core';
import type { MembershipDetails } from '../utils/addContactsToCompany';

export type MembershipFieldsProps = { value: Required<MembershipDetails>; onChange: (value: Required<MembershipDetails>) => void };

// Role or title, since-date and primary flag of a membership, as one row of controls.
export function MembershipFields({ value, onChange }: MembershipFieldsProps) {
  return (
    <Group align="flex-end" gap="sm" grow>
      <TextInput label="Role or title" placeholder="Head of purchasing" value={value.role} onChange={(event) => onChange({ ...value, role: event.currentTarget.value })} />
      <TextInput label="Since" type="date" value={value.since ?? ''} onChange={(event) => onChange({ ...value, since: event.currentTarget.value || null })} />
      <Checkbox label="Primary company" checked={value.primary} onChange={(event) => onChange({ ...value, primary: event.currentTarget.checked })} mb={8} />
    </Group>
  );
}
