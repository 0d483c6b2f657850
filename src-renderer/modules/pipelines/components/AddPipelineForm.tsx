import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showFormError } from '../../feedback/utils/showFormError';
import { orderAfter } from '../utils/orderedWrites';

export type AddPipelineFormProps = { pipelines: StoredRecord<'pipelines'>[]; onAdded: (pipelineId: string) => void };

export function AddPipelineForm({ pipelines, onAdded }: AddPipelineFormProps) {
  const { mutations } = useDatabase();
  const form = useForm({ initialValues: { name: '' } });
  const submit = form.onSubmit(async ({ name }) => {
    try {
      const pipeline = await mutations.create('pipelines', { name, order: orderAfter(pipelines) });
      form.reset();
      onAdded(pipeline.id);
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Add a pipeline">
      <Group align="flex-start">
        <TextInput label="New pipeline name" {...form.getInputProps('name')} />
        <Button type="submit" variant="light" mt={25}>
          Add pipeline
        </Button>
      </Group>
    </form>
  );
}
