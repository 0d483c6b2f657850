import { Stack } from '@mantine/core';
import type { CustomValue } from '@shared/domain/common';
import { useState } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useAttributeDefinitions, type AttributeDefinition } from '../../attributes/hooks/useAttributeDefinitions';
import { CustomAttributeInput } from '../../contacts/components/form/CustomAttributeInput';
import { customToFormValue, parseCustomFormValue, type CustomFormValue } from '../../contacts/utils/contactFormValues';
import { useTicketActions } from '../hooks/useTicketActions';

export type TicketCustomAttributesProps = { ticket: StoredRecord<'tickets'> };

type AttributeFieldProps = { ticket: StoredRecord<'tickets'>; attribute: AttributeDefinition };

// Picking an option or flipping a switch is the whole edit; typed values save on leaving the field.
const savesOnChange = (attribute: AttributeDefinition) => ['choice', 'multichoice', 'boolean'].includes(attribute.type);

function TicketAttributeField({ ticket, attribute }: AttributeFieldProps) {
  const { updateTicket } = useTicketActions();
  const stored = customToFormValue(attribute, ticket.custom[attribute.key]);
  // The draft lives only while the field is being edited; otherwise the stored value shows.
  const [draft, setDraft] = useState<CustomFormValue | undefined>(undefined);
  const [error, setError] = useState<string | undefined>();
  const value = draft === undefined ? stored : draft;

  const save = async (next: CustomFormValue) => {
    const parsed = parseCustomFormValue(attribute, next);
    if (!parsed.ok) return setError(parsed.message);
    setError(undefined);
    const custom: Record<string, CustomValue> = { [attribute.key]: parsed.value };
    if (await updateTicket(ticket.id, { custom })) setDraft(undefined);
  };

  return (
    <CustomAttributeInput
      attribute={attribute}
      inputProps={{
        value,
        error,
        onChange: (next) => {
          setDraft(next as CustomFormValue);
          if (savesOnChange(attribute)) void save(next as CustomFormValue);
        },
        onBlur: () => draft !== undefined && void save(draft),
      }}
    />
  );
}

// The ticket's custom attributes, as defined in Settings > Attributes for tickets.
export function TicketCustomAttributes({ ticket }: TicketCustomAttributesProps) {
  const attributes = useAttributeDefinitions('ticket');
  if (!attributes || attributes.length === 0) return null;
  return (
    <Stack gap="sm">
      {attributes.map((attribute) => (
        <TicketAttributeField key={attribute.id} ticket={ticket} attribute={attribute} />
      ))}
    </Stack>
  );
}
