import { Button, Group, Select } from '@mantine/core';
import { ticketPriorities } from '@shared/domain/ticket';
import { useShallow } from 'zustand/react/shallow';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { useTicketCategories } from '../hooks/useTicketCategories';
import { useTicketViewStore } from '../states/ticketViewStore';
import { ticketSortOptions, type TicketSort } from '../utils/sortTickets';
import { isFilterEmpty, unassigned } from '../utils/ticketFilter';
import { isTicketStatus, ticketPriorityLabels, ticketStatusOptions, type TicketPriority } from '../utils/ticketStatus';

const priorityOptions = ticketPriorities.map((priority) => ({ value: priority, label: ticketPriorityLabels[priority] }));
const anyValue = { clearable: true, size: 'xs', w: 150 } as const;

// Filters by status, assignee, priority, category and tag, the two assignee shortcuts, and the sort.
export function TicketFilterBar() {
  const { filter, sort, setFilter, clearFilter, setSort } = useTicketViewStore(
    useShallow(({ filter, sort, setFilter, clearFilter, setSort }) => ({ filter, sort, setFilter, clearFilter, setSort })),
  );
  const me = useCurrentMember();
  const members = useOwnerOptions() ?? [];
  const categories = useTicketCategories() ?? [];
  const { tags } = useReferenceNames();
  const assignedToMe = me !== null && me !== undefined && filter.assignee === me.id;
  const onlyUnassigned = filter.assignee === unassigned;
  return (
    <Group gap="xs" mb="sm" role="group" aria-label="Ticket filters">
      <Button
        size="xs"
        variant={assignedToMe ? 'filled' : 'default'}
        aria-pressed={assignedToMe}
        disabled={!me}
        title={me ? undefined : 'Fill in your profile in Settings to see your tickets'}
        onClick={() => setFilter({ assignee: assignedToMe || !me ? null : me.id })}
      >
        Assigned to me
      </Button>
      <Button size="xs" variant={onlyUnassigned ? 'filled' : 'default'} aria-pressed={onlyUnassigned} onClick={() => setFilter({ assignee: onlyUnassigned ? null : unassigned })}>
        Unassigned
      </Button>
      <Select {...anyValue} aria-label="Status" placeholder="Any status" data={ticketStatusOptions} value={filter.status} onChange={(value) => setFilter({ status: value && isTicketStatus(value) ? value : null })} />
      <Select
        {...anyValue}
        aria-label="Assignee"
        placeholder="Anyone"
        searchable
        data={[{ value: unassigned, label: 'Unassigned' }, ...members]}
        value={filter.assignee}
        onChange={(value) => setFilter({ assignee: value })}
      />
      <Select {...anyValue} aria-label="Priority" placeholder="Any priority" data={priorityOptions} value={filter.priority} onChange={(value) => setFilter({ priority: value as TicketPriority | null })} />
      <Select
        {...anyValue}
        aria-label="Category"
        placeholder="Any category"
        data={categories.map((category) => ({ value: category.id, label: category.name }))}
        value={filter.category}
        onChange={(value) => setFilter({ category: value })}
      />
      <Select
        {...anyValue}
        aria-label="Tag"
        placeholder="Any tag"
        searchable
        data={[...tags].map(([id, tag]) => ({ value: id, label: tag.name }))}
        value={filter.tagId}
        onChange={(value) => setFilter({ tagId: value })}
      />
      <Select size="xs" w={170} aria-label="Sort by" data={ticketSortOptions} value={sort} allowDeselect={false} onChange={(value) => value && setSort(value as TicketSort)} />
      {!isFilterEmpty(filter) && (
        <Button size="xs" variant="subtle" onClick={clearFilter}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
