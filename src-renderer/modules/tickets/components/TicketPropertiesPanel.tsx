import { Anchor, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { ticketPriorities } from '@shared/domain/ticket';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { fromDateTimeLocal, toDateTimeLocal } from '../../timeline/utils/dateTimeLocal';
import { useTicketActions } from '../hooks/useTicketActions';
import { useTicketCategories } from '../hooks/useTicketCategories';
import { TicketCustomAttributes } from './TicketCustomAttributes';
import { isTicketStatus, ticketPriorityLabels, ticketStatusOptions, type TicketPriority } from '../utils/ticketStatus';

export type TicketPropertiesPanelProps = { ticket: StoredRecord<'tickets'>; contactName: string | undefined };

const priorityOptions = ticketPriorities.map((priority) => ({ value: priority, label: ticketPriorityLabels[priority] }));

// Each field saves as soon as it changes; a status change also goes into the thread.
export function TicketPropertiesPanel({ ticket, contactName }: TicketPropertiesPanelProps) {
  const { changeStatus, updateTicket } = useTicketActions();
  const members = useOwnerOptions() ?? [];
  const categories = useTicketCategories({ includeDeleted: true }) ?? [];
  const { tags, companies } = useReferenceNames();
  // Live categories to pick from; the ticket's own stays shown even if deleted since, or if it
  // is a name from before categories were managed.
  const own = categories.find((category) => category.id === ticket.category);
  const categoryOptions = categories.filter((category) => !category.deleted).map((category) => ({ value: category.id, label: category.name }));
  if (ticket.category && !categoryOptions.some((option) => option.value === ticket.category)) categoryOptions.push({ value: ticket.category, label: own?.name ?? ticket.category });
  const update = (patch: Parameters<typeof updateTicket>[1]) => void updateTicket(ticket.id, patch);

  return (
    <Stack gap="sm" component="section" aria-label="Ticket details">
      <Select label="Status" data={ticketStatusOptions} value={ticket.status} allowDeselect={false} onChange={(value) => value && isTicketStatus(value) && void changeStatus(ticket.id, value)} />
      <Select label="Assignee" placeholder="Unassigned" clearable searchable data={members} value={ticket.assigneeId} onChange={(value) => update({ assigneeId: value })} />
      <Select label="Priority" data={priorityOptions} value={ticket.priority} allowDeselect={false} onChange={(value) => value && update({ priority: value as TicketPriority })} />
      <Select label="Category" placeholder="None" clearable data={categoryOptions} value={ticket.category || null} onChange={(value) => update({ category: value ?? '' })} />
      <MultiSelect
        label="Tags"
        placeholder={ticket.tagIds.length ? undefined : 'No tags'}
        searchable
        data={[...tags].map(([id, tag]) => ({ value: id, label: tag.name }))}
        value={ticket.tagIds}
        onChange={(tagIds) => update({ tagIds })}
      />
      <TextInput
        // Remounted when the stored value changes (another window, sync), so the field shows it.
        key={ticket.dueAt ?? 'none'}
        label="Due"
        type="datetime-local"
        defaultValue={ticket.dueAt ? toDateTimeLocal(new Date(ticket.dueAt)) : ''}
        onBlur={(event) => {
          const dueAt = fromDateTimeLocal(event.currentTarget.value);
          if (dueAt !== ticket.dueAt) update({ dueAt });
        }}
      />
      <TicketCustomAttributes ticket={ticket} />
      <div>
        <Text size="sm" fw={500}>
          Contact
        </Text>
        {ticket.contactId && contactName ? (
          <Anchor component={Link} to={`/contacts/${ticket.contactId}`} size="sm">
            {contactName}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            No contact
          </Text>
        )}
      </div>
      {ticket.companyId && companies.get(ticket.companyId) && (
        <div>
          <Text size="sm" fw={500}>
            Company
          </Text>
          <Anchor component={Link} to={`/companies/${ticket.companyId}`} size="sm">
            {companies.get(ticket.companyId)}
          </Anchor>
        </div>
      )}
    </Stack>
  );
}
