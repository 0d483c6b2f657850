import { Loader, Modal } from '@mantine/core';
import type { StoredRecord } from '../../../../db/rowTypes';
import { useAttributeDefinitions } from '../../../attributes/hooks/useAttributeDefinitions';
import { ContactForm } from './ContactForm';
import { useOwnerOptions } from './useOwnerOptions';

export type ContactFormModalProps = {
  opened: boolean;
  onClose: () => void;
  // Edits this contact; without one the modal creates a new contact.
  contact?: StoredRecord<'contacts'>;
  onSaved: (contact: StoredRecord<'contacts'>) => void;
};

export function ContactFormModal({ opened, onClose, contact, onSaved }: ContactFormModalProps) {
  const attributes = useAttributeDefinitions('contact');
  const owners = useOwnerOptions();
  return (
    <Modal opened={opened} onClose={onClose} title={contact ? 'Edit contact' : 'New contact'} size="xl">
      {/* The form starts from the custom attributes, so it waits for them. */}
      {attributes && owners ? (
        <ContactForm contact={contact} attributes={attributes} owners={owners} onSaved={onSaved} onCancel={onClose} />
      ) : (
        <Loader aria-label="Loading the form" />
      )}
    </Modal>
  );
}
