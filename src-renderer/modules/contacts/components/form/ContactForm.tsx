import { Box, Button, Fieldset, Group, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useDatabase } from '../../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../../db/rowTypes';
import { showFormError } from '../../../feedback/utils/showFormError';
import { contactToFormValues, emptyContactFormValues, toContactPatch, type ContactFormValues, type FormAttribute } from '../../utils/contactFormValues';
import { collidedFormFields } from '../../utils/collidedFormFields';
import { homeCountry } from '../../utils/homeCountry';
import { contactFieldGroups } from './contactFormFields';
import { ContactFieldInput } from './ContactFieldInput';
import type { OwnerOption } from './useOwnerOptions';
import { IdentityMatchAlert } from '../../../duplicates/components/IdentityMatchAlert';
import { notifyEditKeptOverIncoming } from '../../../sync/utils/editCollision';

export type ContactFormProps = {
  // Without a contact the form creates one.
  contact?: StoredRecord<'contacts'>;
  attributes: FormAttribute[];
  owners: OwnerOption[];
  onSaved: (contact: StoredRecord<'contacts'>) => void;
  onCancel: () => void;
};

export function ContactForm({ contact, attributes, owners, onSaved, onCancel }: ContactFormProps) {
  const { mutations } = useDatabase();
  // Only what the user changed is written, so edits made meanwhile elsewhere are kept.
  const [initial] = useState<ContactFormValues>(() => (contact ? contactToFormValues(contact, attributes, homeCountry) : emptyContactFormValues(attributes)));
  const form = useForm<ContactFormValues>({ initialValues: initial });
  const groups = contactFieldGroups(attributes);
  const fields = groups.flatMap((group) => group.fields);

  const submit = form.onSubmit(async (values) => {
    try {
      const patch = toContactPatch(values, initial, attributes, homeCountry);
      if (!contact) {
        onSaved(await mutations.create('contacts', patch));
        return;
      }
      // `contact` follows the database, so it holds whatever sync wrote while the form was open.
      const collided = collidedFormFields(fields, initial, contactToFormValues(contact, attributes, homeCountry), values);
      onSaved(Object.keys(patch).length > 0 ? await mutations.update('contacts', contact.id, patch) : contact);
      notifyEditKeptOverIncoming(collided);
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={contact ? 'Edit contact' : 'New contact'}>
      <Stack gap="md">
        {groups.map((group) => (
          <Fieldset key={group.legend} legend={group.legend} variant="unstyled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
              {group.fields.map((field) => (
                <Box key={field.path} style={'control' in field && field.control === 'longText' ? { gridColumn: '1 / -1' } : undefined}>
                  <ContactFieldInput field={field} owners={owners} autoFocus={field.path === 'firstName'} inputProps={form.getInputProps(field.path)} />
                </Box>
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <IdentityMatchAlert contactId={contact?.id ?? null} email={form.values.email} phone={form.values.phone} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {contact ? 'Save changes' : 'Create contact'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
