import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { ContactOption } from '../../tickets/hooks/useContactOptions';
import { ContactPicker } from '../../tickets/components/ContactPicker';
import { addContactsToCompany, type MembershipDetails } from '../utils/addContactsToCompany';
import { MembershipFields } from './MembershipFields';

export type AddEmployeeFormProps = { companyId: string; companyName: string };

const blank: Required<MembershipDetails> = { role: '', since: null, primary: false };

// Finds a contact by name or email and adds them with their role.
export function AddEmployeeForm({ companyId, companyName }: AddEmployeeFormProps) {
  const { db, mutations } = useDatabase();
  const [contact, setContact] = useState<ContactOption | null>(null);
  const [details, setDetails] = useState(blank);

  const add = async () => {
    const row = contact && (await db.contacts.get(contact.value));
    if (!row) return;
    // Unticked "primary" still makes it primary for someone at no company yet.
    await addContactsToCompany(db, mutations, companyId, [row], { ...details, primary: details.primary || undefined }, `Added ${contact.label} to ${companyName}`);
    setContact(null);
    setDetails(blank);
  };

  return (
    <form
      aria-label="Add an employee"
      onSubmit={(event) => {
        event.preventDefault();
        add().catch(showWriteError);
      }}
    >
      <Stack gap="sm">
        <ContactPicker value={contact} onChange={setContact} />
        <MembershipFields value={details} onChange={setDetails} />
        <Group justify="flex-end">
          <Button type="submit" disabled={!contact}>
            Add employee
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
