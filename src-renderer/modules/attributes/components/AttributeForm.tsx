import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { attributeEntities, attributeTypes } from '@shared/domain/attribute';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useAttributeDefinitions, type AttributeDefinition } from '../hooks/useAttributeDefinitions';
import { attributeToFormValues, emptyAttributeFormValues, suggestAttributeKey, toAttributeChanges, toNewAttribute, type AttributeFormValues } from '../utils/attributeFormValues';
import { attributeEntityLabels, attributeTypeLabels, isChoiceType, type AttributeEntity } from '../utils/attributeLabels';
import { AttributeOptionsInput } from './AttributeOptionsInput';

export type AttributeFormProps = {
  // The object a new attribute is for; an existing attribute keeps its own.
  entity: AttributeEntity;
  attribute?: AttributeDefinition;
  onDone: () => void;
  onCancel: () => void;
};

const entityOptions = attributeEntities.map((entity) => ({ value: entity, label: attributeEntityLabels[entity].singular }));
const typeOptions = attributeTypes.map((type) => ({ value: type, label: attributeTypeLabels[type] }));

export function AttributeForm({ entity, attribute, onDone, onCancel }: AttributeFormProps) {
  const { mutations } = useDatabase();
  const form = useForm<AttributeFormValues>({ initialValues: attribute ? attributeToFormValues(attribute) : emptyAttributeFormValues(entity) });
  // The key follows the label until the user types a key of their own.
  const [keyTyped, setKeyTyped] = useState(false);
  const siblings = useAttributeDefinitions(form.values.entity, { includeDeleted: true });
  const takenKeys = new Set((siblings ?? []).filter((sibling) => sibling.id !== attribute?.id).map((sibling) => sibling.key));

  const submit = form.onSubmit(async (values) => {
    try {
      if (attribute) await mutations.update('attributeDefinitions', attribute.id, toAttributeChanges(values));
      else await mutations.create('attributeDefinitions', toNewAttribute(values, takenKeys, Math.max(-1, ...(siblings ?? []).map((sibling) => sibling.order)) + 1));
      onDone();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  const labelInput = form.getInputProps('label');
  const keyInput = form.getInputProps('key');
  return (
    <form onSubmit={submit} noValidate aria-label={attribute ? 'Edit attribute' : 'New attribute'}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            {...labelInput}
            label="Label"
            required
            data-autofocus
            onChange={(event) => {
              const label = event.currentTarget.value;
              labelInput.onChange(label);
              if (!attribute && !keyTyped) form.setFieldValue('key', suggestAttributeKey(label, takenKeys));
            }}
          />
          <TextInput
            {...keyInput}
            label="Key"
            required
            disabled={Boolean(attribute)}
            description={attribute ? 'The key cannot change: records store values under it' : 'Lowercase letters, digits and _; it cannot change later'}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onChange={(event) => {
              const key = event.currentTarget.value;
              keyInput.onChange(key);
              setKeyTyped(key !== '');
            }}
          />
          <Select label="Object" data={entityOptions} allowDeselect={false} disabled={Boolean(attribute)} {...form.getInputProps('entity')} />
          <Select label="Type" data={typeOptions} allowDeselect={false} disabled={Boolean(attribute)} {...form.getInputProps('type')} />
        </SimpleGrid>
        {isChoiceType(form.values.type) && <AttributeOptionsInput form={form} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting} disabled={!siblings}>
            {attribute ? 'Save attribute' : 'Add attribute'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
