import { Group, Radio } from '@mantine/core';
import { contactDisplayName } from '@shared/domain/contact';
import type { StoredRecord } from '../../../db/rowTypes';

type Contact = StoredRecord<'contacts'>;

export type MergeFieldChoiceProps = {
  label: string;
  contacts: Contact[];
  // The id of the contact whose value is chosen.
  value: string;
  format: (contact: Contact) => string;
  onChange: (contactId: string) => void;
};

// One option per distinct value, naming the contacts that have it.
export function MergeFieldChoice({ label, contacts, value, format, onChange }: MergeFieldChoiceProps) {
  const options = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const text = format(contact);
    options.set(text, [...(options.get(text) ?? []), contact]);
  }
  const selected = [...options.values()].find((owners) => owners.some((contact) => contact.id === value))?.[0]?.id ?? value;
  return (
    <Radio.Group label={label} value={selected} onChange={onChange}>
      <Group gap="lg" mt={4} align="flex-start">
        {[...options].map(([text, owners]) => (
          <Radio
            key={owners[0]?.id}
            value={owners[0]?.id ?? ''}
            label={text || 'Empty'}
            description={owners.map((contact) => contactDisplayName(contact)).join(', ')}
            styles={{ label: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } }}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
