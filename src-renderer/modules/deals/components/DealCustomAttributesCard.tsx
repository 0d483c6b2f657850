import { Button, Group, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CustomValue } from '@shared/domain/common';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { SectionCard } from '../../../ui/SectionCard';
import { useAttributeDefinitions, type AttributeDefinition } from '../../attributes/hooks/useAttributeDefinitions';
import { CustomAttributeInput } from '../../contacts/components/form/CustomAttributeInput';
import { customToFormValue, parseCustomFormValue, type CustomFormValue } from '../../contacts/utils/contactFormValues';
import { showFormError } from '../../feedback/utils/showFormError';

export type DealCustomAttributesCardProps = { deal: StoredRecord<'deals'> };

// The deal's custom attributes (Settings > Attributes > Deals), with the contact form's controls.
export function DealCustomAttributesCard({ deal }: DealCustomAttributesCardProps) {
  const attributes = useAttributeDefinitions('deal');
  return (
    <SectionCard title="Custom attributes">
      {attributes === undefined ? null : attributes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No custom attributes for deals yet. Add them in Settings &gt; Attributes, under Deals.
        </Text>
      ) : (
        <DealCustomAttributesForm key={attributes.map((attribute) => attribute.id).join()} deal={deal} attributes={attributes} />
      )}
    </SectionCard>
  );
}

function formValues(deal: StoredRecord<'deals'>, attributes: AttributeDefinition[]): Record<string, CustomFormValue> {
  return Object.fromEntries(attributes.map((attribute) => [attribute.key, customToFormValue(attribute, deal.custom[attribute.key])]));
}

function DealCustomAttributesForm({ deal, attributes }: { deal: StoredRecord<'deals'>; attributes: AttributeDefinition[] }) {
  const { mutations } = useDatabase();
  const form = useForm({ initialValues: formValues(deal, attributes) });
  const submit = form.onSubmit(async (values) => {
    const custom: Record<string, CustomValue> = {};
    const errors: Record<string, string> = {};
    for (const attribute of attributes) {
      const parsed = parseCustomFormValue(attribute, values[attribute.key]);
      if (parsed.ok) custom[attribute.key] = parsed.value;
      else errors[attribute.key] = parsed.message;
    }
    if (Object.keys(errors).length > 0) return form.setErrors(errors);
    try {
      const saved = await mutations.update('deals', deal.id, { custom });
      form.setInitialValues(formValues(saved, attributes));
      form.reset();
    } catch (error) {
      // Issues name `custom.<key>`; the form's paths are the keys.
      showFormError(error, (issues) => form.setErrors(Object.fromEntries(Object.entries(issues).map(([path, message]) => [path.replace(/^custom\./, ''), message]))));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Deal custom attributes">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {attributes.map((attribute) => (
          <CustomAttributeInput key={attribute.key} attribute={attribute} inputProps={form.getInputProps(attribute.key)} />
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button type="submit" variant="light" disabled={!form.isDirty()}>
          Save attributes
        </Button>
      </Group>
    </form>
  );
}
