import { Group, Radio } from '@mantine/core';
import { importRecordTypes, type ImportRecordType } from '@shared/import/records/importRecordTypes';

export type RecordTypeChoiceProps = { value: ImportRecordType; onChange: (value: ImportRecordType) => void };

const labels: Record<ImportRecordType, string> = { contacts: 'Contacts', companies: 'Companies', deals: 'Deals', tasks: 'Tasks', events: 'Events' };

// The wizard's first question: its columns, matching and options follow from the answer.
export function RecordTypeChoice({ value, onChange }: RecordTypeChoiceProps) {
  return (
    <Radio.Group label="What does this file hold?" value={value} onChange={(next) => onChange(next as ImportRecordType)}>
      <Group gap="lg" mt={6}>
        {importRecordTypes.map((type) => (
          <Radio key={type} value={type} label={labels[type]} />
        ))}
      </Group>
    </Radio.Group>
  );
}
