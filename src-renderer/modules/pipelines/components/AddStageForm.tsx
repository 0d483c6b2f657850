import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showFormError } from '../../feedback/utils/showFormError';
import { orderAfter } from '../utils/orderedWrites';

export type AddStageFormProps = { pipelineId: string; stages: StoredRecord<'stages'>[] };

// A new stage goes after the last one; the arrows move it from there.
export function AddStageForm({ pipelineId, stages }: AddStageFormProps) {
  const { mutations } = useDatabase();
  const form = useForm({ initialValues: { name: '', probability: 10 as number | string } });
  const submit = form.onSubmit(async ({ name, probability }) => {
    try {
      await mutations.create('stages', { pipelineId, name, probability: Number(probability) || 0, order: orderAfter(stages) });
      form.reset();
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a stage">
      <Group align="flex-start">
        <TextInput label="New stage name" {...form.getInputProps('name')} />
        <NumberInput label="Its win probability" min={0} max={100} suffix="%" allowDecimal={false} w={150} {...form.getInputProps('probability')} />
        <Button type="submit" variant="light" mt={25}>
          Add stage
        </Button>
      </Group>
    </form>
  );
}
