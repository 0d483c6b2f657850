import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { attributeTypes, type AttributeType } from '@shared/domain/attribute';
import type { ValueFormat } from '@shared/import/importTypes';
import { splitMultiValue } from '@shared/import/splitMultiValue';
import { suggestAttributeType } from '@shared/import/suggestAttributeType';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useAttributeDefinitions } from '../../attributes/hooks/useAttributeDefinitions';
import { suggestAttributeKey, toAttributeOptions } from '../../attributes/utils/attributeFormValues';
import { attributeTypeLabels, isChoiceType, type AttributeEntity } from '../../attributes/utils/attributeLabels';
import { showFormError } from '../../feedback/utils/showFormError';

export type NewAttributeFromColumnModalProps = {
  entity: AttributeEntity;
  column: { header: string; values: string[] } | null;
  valueFormat: ValueFormat;
  onCreated: (key: string) => void;
  onClose: () => void;
};

const typeOptions = attributeTypes.map((type) => ({ value: type, label: attributeTypeLabels[type] }));

export function NewAttributeFromColumnModal({ entity, column, valueFormat, onCreated, onClose }: NewAttributeFromColumnModalProps) {
  return (
    <Modal opened={column !== null} onClose={onClose} title="New custom attribute">
      {column && <NewAttributeForm key={column.header} entity={entity} column={column} valueFormat={valueFormat} onCreated={onCreated} onClose={onClose} />}
    </Modal>
  );
}

function NewAttributeForm({ entity, column, valueFormat, onCreated, onClose }: Omit<NewAttributeFromColumnModalProps, 'column'> & { column: { header: string; values: string[] } }) {
  const { mutations } = useDatabase();
  const siblings = useAttributeDefinitions(entity, { includeDeleted: true });
  const [label, setLabel] = useState(column.header);
  const [type, setType] = useState<AttributeType>(() => suggestAttributeType(column.values, valueFormat));
  const [error, setError] = useState<string | undefined>();
  // Choices come from the values of the previewed rows; more can be added in Settings > Attributes.
  const choices = [...new Set(column.values.flatMap((value) => (type === 'multichoice' ? splitMultiValue(value, valueFormat.multiValueSeparator) : [value.trim()])).filter(Boolean))];

  async function create() {
    const key = suggestAttributeKey(label, new Set((siblings ?? []).map((sibling) => sibling.key)));
    try {
      const options = isChoiceType(type) ? toAttributeOptions(choices.map((choice) => ({ value: '', label: choice }))) : [];
      const order = Math.max(-1, ...(siblings ?? []).map((sibling) => sibling.order)) + 1;
      await mutations.create('attributeDefinitions', { entity, key, label, type, options, order });
      onCreated(key);
    } catch (failure) {
      showFormError(failure, (errors) => setError(Object.values(errors).join(' ')));
    }
  }

  return (
    <Stack>
      <TextInput label="Label" value={label} onChange={(event) => setLabel(event.currentTarget.value)} error={error} data-autofocus />
      <Select label="Type" description="Suggested from the column's values" data={typeOptions} value={type} allowDeselect={false} onChange={(value) => value && setType(value as AttributeType)} />
      {isChoiceType(type) && <Text size="sm">Choices: {choices.join(', ') || 'none in the first rows'}</Text>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={create} disabled={!label.trim() || siblings === undefined}>
          Create attribute
        </Button>
      </Group>
    </Stack>
  );
}
