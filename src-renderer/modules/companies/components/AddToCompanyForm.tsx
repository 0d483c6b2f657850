import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { CompanyOption } from '../hooks/useCompanyOptions';
import { addContactsToCompany, type MembershipDetails } from '../utils/addContactsToCompany';
import { CompanyPicker } from './CompanyPicker';
import { MembershipFields } from './MembershipFields';

export type AddToCompanyFormProps = { contact: StoredRecord<'contacts'>; contactName: string; onDone: () => void };

const blank: Required<MembershipDetails> = { role: '', since: null, primary: false };

// Adds one contact to a company found by name or domain, with a role.
export function AddToCompanyForm({ contact, contactName, onDone }: AddToCompanyFormProps) {
  const { db, mutations } = useDatabase();
  const [company, setCompany] = useState<CompanyOption | null>(null);
  const [details, setDetails] = useState(blank);
  return (
    <form
      aria-label="Add to a company"
      onSubmit={(event) => {
        event.preventDefault();
        if (!company) return;
        // Unticked "primary" still makes it primary for someone at no company yet.
        addContactsToCompany(db, mutations, company.value, [contact], { ...details, primary: details.primary || undefined }, `Added ${contactName} to ${company.label}`).then(onDone, showWriteError);
      }}
    >
      <Stack gap="sm">
        <CompanyPicker value={company} onChange={setCompany} />
        <MembershipFields value={details} onChange={setDetails} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={!company}>
            Add to company
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
