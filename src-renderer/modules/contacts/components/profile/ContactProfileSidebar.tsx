import { Stack } from '@mantine/core';
import type { Ref } from 'react';
import type { StoredRecord } from '../../../../db/rowTypes';
import { useContactContext } from '../../hooks/useContactContext';
import { ContactDetailsSection } from '../form/ContactDetailsSection';
import { ContactCompaniesCard } from './ContactCompaniesCard';
import { ContactGroupsCard } from './ContactGroupsCard';
import { ContactRecordInfoCard } from './ContactRecordInfoCard';
import { ContactSegmentsCard } from './ContactSegmentsCard';

export type ContactProfileSidebarProps = { contact: StoredRecord<'contacts'>; detailsRef: Ref<HTMLDivElement> };

// Section 3 of the profile: what the contact belongs to at a glance, then its details, edited in place.
export function ContactProfileSidebar({ contact, detailsRef }: ContactProfileSidebarProps) {
  const context = useContactContext(contact);
  return (
    <Stack component="section" aria-label="Context" gap="md">
      <ContactCompaniesCard contact={contact} />
      <ContactGroupsCard tags={context.tags} lists={context.lists} />
      <ContactSegmentsCard contact={contact} />
      <ContactRecordInfoCard contact={contact} ownerName={context.ownerName} />
      {/* The long, editable list of every field comes last; the header's Edit button brings it into view (see useFocusDetails). */}
      <div ref={detailsRef} tabIndex={-1} style={{ scrollMarginTop: 16 }}>
        <ContactDetailsSection contact={contact} />
      </div>
    </Stack>
  );
}
