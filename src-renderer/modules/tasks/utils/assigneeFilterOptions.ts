import type { TaskAssigneeFilter } from '@shared/domain/tasks/taskAssignee';

// The assignee filter as a Select value: 'me', 'all', 'unassigned' or 'member:<id>'.
export function toAssigneeValue(filter: TaskAssigneeFilter): string {
  return typeof filter === 'string' ? filter : `member:${filter.memberId}`;
}

export function fromAssigneeValue(value: string): TaskAssigneeFilter {
  if (value === 'me' || value === 'all' || value === 'unassigned') return value;
  return { memberId: value.slice('member:'.length) };
}

export function assigneeFilterOptions(members: Array<{ value: string; label: string }>, meId: string | null) {
  return [
    ...(meId ? [{ value: 'me', label: 'Me' }] : []),
    { value: 'all', label: 'Everyone' },
    { value: 'unassigned', label: 'Unassigned' },
    ...members.filter((member) => member.value !== meId).map((member) => ({ value: `member:${member.value}`, label: member.label })),
  ];
}
