import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CompanyFields } from '@shared/domain/company';
import type { RecordInput } from '@shared/domain/recordSchemas';
import type { AttributeDefinition } from '../../attributes/hooks/useAttributeDefinitions';
import { CustomAttributeInput } from '../../contacts/components/form/CustomAttributeInput';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { showFormError } from '../../feedback/utils/showFormError';
import { companyToFormValues, toCompanyInput } from '../utils/companyFormValues';

export type CompanyFormProps = {
  company: CompanyFields | null;
  // Loaded before the form mounts, so an edited company's custom values start filled in.
  attributes: AttributeDefinition[];
  submitLabel: string;
  onSubmit: (input: RecordInput<'companies'>) => Promise<void>;
  onCancel: () => void;
};

// A company's standard and custom fields; the mutation layer's validation errors go beside them.
export function CompanyForm({ company, attributes, submitLabel, onSubmit, onCancel }: CompanyFormProps) {
  const owners = useOwnerOptions() ?? [];
  const form = useForm({ initialValues: companyToFormValues(company, attributes) });

  const submit = form.onSubmit(async (values) => {
    const result = toCompanyInput(values, attributes);
    if (!result.ok) return form.setErrors(result.errors);
    try {
      await onSubmit(result.input);
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Domain" placeholder="example.com" description="Contacts with this email domain join the company" {...form.getInputProps('domain')} />
          <TextInput label="Industry" {...form.getInputProps('industry')} />
          <NumberInput label="Size" description="People working there" min={0} allowDecimal={false} {...form.getInputProps('size')} />
          <Select label="Owner" data={owners} clearable searchable placeholder="Nobody" comboboxProps={{ withinPortal: false }} {...form.getInputProps('ownerId')} />
          <TextInput label="City" {...form.getInputProps('city')} />
          <TextInput label="Country" description="Two-letter ISO code, like DE" maxLength={2} {...form.getInputProps('country')} />
          {attributes.map((attribute) => (
            <CustomAttributeInput key={attribute.key} attribute={attribute} inputProps={form.getInputProps(`custom.${attribute.key}`)} />
          ))}
        </SimpleGrid>
        <Textarea label="About" autosize minRows={2} maxRows={8} {...form.getInputProps('about')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
