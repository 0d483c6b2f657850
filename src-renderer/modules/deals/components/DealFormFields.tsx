import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { isoCurrencyCodes } from '@shared/domain/common';
import { useEffect, useMemo } from 'react';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { usePipelines } from '../../pipelines/hooks/usePipelines';
import { useStages } from '../../pipelines/hooks/useStages';
import type { DealFormValues } from '../utils/dealFormValues';

export type DealFormFieldsProps = { form: UseFormReturnType<DealFormValues> };

const currencies = [...isoCurrencyCodes()];

// A code stored before the list lacked it is still shown as the deal's currency.
function currencyOptions(current: string): string[] {
  return current && !isoCurrencyCodes().has(current) ? [current, ...currencies] : currencies;
}

// The deal's own fields, shared by the new-deal form and the deal profile. Changing the
// pipeline picks its first stage.
export function DealFormFields({ form }: DealFormFieldsProps) {
  const pipelines = usePipelines();
  const stages = useStages(form.values.pipelineId || null);
  const owners = useOwnerOptions();
  const { companies } = useReferenceNames();
  const companyOptions = useMemo(() => [...companies].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)), [companies]);
  const pipelineInput = form.getInputProps('pipelineId');
  const firstStageId = stages?.[0]?.id;
  const { stageId } = form.values;
  const { setFieldValue } = form;
  // A deal always sits in a stage: a new pipeline's first one until another is chosen.
  useEffect(() => {
    if (!stageId && firstStageId) setFieldValue('stageId', firstStageId);
  }, [stageId, firstStageId, setFieldValue]);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput label="Title" withAsterisk {...form.getInputProps('title')} />
      <SimpleGrid cols={2} spacing="xs">
        <NumberInput label="Value" min={0} decimalScale={2} thousandSeparator="," {...form.getInputProps('value')} error={form.errors.value ?? form.errors.valueMinor} />
        <Select label="Currency" data={currencyOptions(form.values.currency)} searchable allowDeselect={false} {...form.getInputProps('currency')} />
      </SimpleGrid>
      <Select
        label="Pipeline"
        data={(pipelines ?? []).map((pipeline) => ({ value: pipeline.id, label: pipeline.name }))}
        allowDeselect={false}
        {...pipelineInput}
        onChange={(pipelineId) => {
          pipelineInput.onChange(pipelineId);
          form.setFieldValue('stageId', '');
        }}
      />
      <Select label="Stage" data={(stages ?? []).map((stage) => ({ value: stage.id, label: stage.name }))} allowDeselect={false} {...form.getInputProps('stageId')} />
      <TextInput label="Expected close date" type="date" {...form.getInputProps('expectedCloseDate')} />
      <Select label="Owner" placeholder="No owner" data={owners ?? []} clearable searchable {...form.getInputProps('ownerId')} />
      <Select label="Company" placeholder="No company" data={companyOptions} clearable searchable limit={50} {...form.getInputProps('companyId')} />
      <Textarea label="Notes about the deal" autosize minRows={2} maxRows={6} {...form.getInputProps('about')} />
    </SimpleGrid>
  );
}
