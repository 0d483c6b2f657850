import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ticketPriorities } from '@shared/domain/ticket';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showFormError } from '../../feedback/utils/showFormError';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { fromDateTimeLocal } from '../../timeline/utils/dateTimeLocal';
import type { ContactOption } from '../hooks/useContactOptions';
import { useTicketCategories } from '../hooks/useTicketCategories';
import { ticketPriorityLabels, type TicketPriority } from '../utils/ticketStatus';
import { ContactPicker } from './ContactPicker';

export type NewTicketModalProps = { opened: boolean; onClose: () => void };

type NewTicketValues = { subject: string; contact: ContactOption | null; priority: TicketPriority; category: string | null; assigneeId: string | null; due: string };

const initialValues: NewTicketValues = { subject: '', contact: null, priority: 'normal', category: null, assigneeId: null, due: '' };
const priorityOptions = ticketPriorities.map((priority) => ({ value: priority, label: ticketPriorityLabels[priority] }));

// Opens a ticket and goes to it; the schema's messages (a subject is required) show beside the fields.
export function NewTicketModal({ opened, onClose }: NewTicketModalProps) {
  const { mutations } = useDatabase();
  const navigate = useNavigate();
  const members = useOwnerOptions() ?? [];
  const categories = useTicketCategories() ?? [];
  const form = useForm<NewTicketValues>({ initialValues });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const ticket = await mutations.create('tickets', {
        subject: values.subject,
        priority: values.priority,
        category: values.category ?? '',
        assigneeId: values.assigneeId,
        contactId: values.contact?.value ?? null,
        // The contact's company, so the ticket shows on the company's page too.
        companyId: values.contact?.companyId ?? null,
        dueAt: fromDateTimeLocal(values.due),
      });
      close();
      void navigate(`/tickets/${ticket.id}`);
    } catch (error) {
      showFormError(error, form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="New ticket" size="lg">
      <form onSubmit={submit} noValidate aria-label="New ticket">
        <Stack>
          <TextInput label="Subject" required data-autofocus {...form.getInputProps('subject')} />
          <ContactPicker value={form.values.contact} onChange={(contact) => form.setFieldValue('contact', contact)} />
          <Group grow align="flex-start">
            <Select label="Priority" data={priorityOptions} allowDeselect={false} {...form.getInputProps('priority')} />
            <Select label="Category" placeholder="None" clearable data={categories.map((category) => ({ value: category.id, label: category.name }))} {...form.getInputProps('category')} />
          </Group>
          <Group grow align="flex-start">
            <Select label="Assignee" placeholder="Unassigned" clearable searchable data={members} {...form.getInputProps('assigneeId')} />
            <TextInput label="Due" type="datetime-local" {...form.getInputProps('due')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit">Create ticket</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
