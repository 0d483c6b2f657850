import { ActionIcon, Button, Fieldset, Group, Input, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { AttributeFormValues } from '../utils/attributeFormValues';

export type AttributeOptionsInputProps = { form: UseFormReturnType<AttributeFormValues> };

// The options of a choice attribute, one label per row. Rows keep their stored value when
// renamed, so records that chose an option keep it.
export function AttributeOptionsInput({ form }: AttributeOptionsInputProps) {
  const { options } = form.values;
  return (
    <Fieldset legend="Options" variant="unstyled">
      <Stack gap="xs">
        {options.map((_, index) => (
          // Rows have no identity before they are saved; their position is their identity here.
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput flex={1} aria-label={`Option ${index + 1}`} placeholder="Option name" {...form.getInputProps(`options.${index}.label`)} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove option ${index + 1}`}
              disabled={options.length === 1}
              onClick={() => form.removeListItem('options', index)}
            >
              <IconX size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {form.errors.options && <Input.Error>{form.errors.options}</Input.Error>}
        <Group>
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('options', { value: '', label: '' })}>
            Add option
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
