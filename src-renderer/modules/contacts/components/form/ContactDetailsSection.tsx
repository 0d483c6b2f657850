import { Group, Paper, SimpleGrid, Title } from '@mantine/core';
import { RecordValidationError } from '../../../../db/errors';
import { useDatabase } from '../../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../../db/rowTypes';
import { useAttributeDefinitions } from '../../../attributes/hooks/useAttributeDefinitions';
import { showWriteError } from '../../../feedback/utils/showWriteError';
import { contactToFormValues, getFormValue, toContactPatch, withFormValue } from '../../utils/contactFormValues';
import { homeCountry } from '../../utils/homeCountry';
import { contactFormFields } from './contactFormFields';
import { EditContactButton } from './EditContactButton';
import { formatContactField } from './formatContactField';
import { InlineEditField } from './InlineEditField';
import { useOwnerOptions } from './useOwnerOptions';

export type ContactDetailsSectionProps = { contact: StoredRecord<'contacts'> };

// Every field of the contact, custom attributes included, each editable where it is shown.
export function ContactDetailsSection({ contact }: ContactDetailsSectionProps) {
  const { mutations } = useDatabase();
  const attributes = useAttributeDefinitions('contact') ?? [];
  const owners = useOwnerOptions() ?? [];
  const values = contactToFormValues(contact, attributes, homeCountry);
  const editable = contact.deleted === 0;

  const save = async (path: string, value: unknown): Promise<string | null> => {
    try {
      const patch = toContactPatch(withFormValue(values, path, value), values, attributes, homeCountry);
      if (Object.keys(patch).length > 0) await mutations.update('contacts', contact.id, patch);
      return null;
    } catch (error) {
      if (error instanceof RecordValidationError) return (error.issues.find((issue) => issue.field === path) ?? error.issues[0])?.message ?? error.message;
      showWriteError(error);
      return 'Not saved';
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-label="Contact details">
      <Title order={2} size="h4" mb="md">
        Details
      </Title>
      {/* Columns follow the section's own width: it may sit in a narrow sidebar. */}
      <SimpleGrid type="container" component="dl" cols={{ base: 1, '480px': 2 }} spacing="lg" verticalSpacing="md" m={0}>
        {contactFormFields(attributes).map((field) => (
          <InlineEditField
            key={field.path}
            field={field}
            owners={owners}
            display={formatContactField(contact, field, owners, homeCountry)}
            initialValue={getFormValue(values, field.path)}
            onSave={(value) => save(field.path, value)}
            readOnly={!editable}
          />
        ))}
      </SimpleGrid>
      {/* Last, so the first thing the keyboard reaches is the first field. */}
      {editable && (
        <Group justify="flex-end" mt="md">
          <EditContactButton contact={contact} />
        </Group>
      )}
    </Paper>
  );
}
