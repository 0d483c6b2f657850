import { Button, Collapse, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { showFormError } from '../../feedback/utils/showFormError';
import type { TaskFormValues } from '../utils/taskFormValues';
import { taskTypeOptions } from '../utils/taskTypes';
import { TaskLinkSelect } from './TaskLinkSelect';

export type TaskFormProps = {
  initialValues: TaskFormValues;
  submitLabel: string;
  // Links and notes start folded away in quick add, so the form is four fields and Enter.
  showDetails: boolean;
  onSubmit: (values: TaskFormValues) => Promise<void>;
  onCancel: () => void;
};

// Title, type, due time and assignee; links to a contact, company and deal; notes. Enter in a
// text field saves; the schema's messages (a title is required) show beside the fields.
export function TaskForm({ initialValues, submitLabel, showDetails, onSubmit, onCancel }: TaskFormProps) {
  const form = useForm<TaskFormValues>({ initialValues });
  const members = useOwnerOptions() ?? [];
  const [detailsOpen, { toggle: toggleDetails }] = useDisclosure(showDetails);

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Task">
      <Stack>
        <TextInput label="Title" required data-autofocus {...form.getInputProps('title')} />
        <Group grow align="flex-start">
          <Select label="Type" data={taskTypeOptions} allowDeselect={false} {...form.getInputProps('type')} />
          <TextInput label="Due" type="datetime-local" {...form.getInputProps('due')} />
        </Group>
        <Select label="Assignee" placeholder="Unassigned" clearable searchable data={members} {...form.getInputProps('assigneeId')} />
        <Collapse expanded={detailsOpen}>
          <Stack>
            <TaskLinkSelect kind="contact" label="Contact" value={form.values.contactId} onChange={(id) => form.setFieldValue('contactId', id)} />
            <Group grow align="flex-start">
              <TaskLinkSelect kind="company" label="Company" value={form.values.companyId} onChange={(id) => form.setFieldValue('companyId', id)} />
              <TaskLinkSelect kind="deal" label="Deal" value={form.values.dealId} onChange={(id) => form.setFieldValue('dealId', id)} />
            </Group>
            <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('about')} />
          </Stack>
        </Collapse>
        <Group justify="space-between">
          <Button variant="subtle" onClick={toggleDetails} aria-expanded={detailsOpen}>
            {detailsOpen ? 'Fewer details' : 'Links and notes'}
          </Button>
          <Group>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit">{submitLabel}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
