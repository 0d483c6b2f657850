import { ActionIcon, Anchor, Badge, Checkbox, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { isTaskOverdue } from '@shared/domain/tasks/taskView';
import { Link } from 'react-router';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatDateTime } from '../../../ui/utils/formatDate';
import type { TaskLinkNames } from '../hooks/useTaskLinkNames';
import { taskTypeIcons, taskTypeLabels } from '../utils/taskTypes';

export type TaskRowProps = {
  task: StoredRecord<'tasks'>;
  now: Date;
  links: TaskLinkNames;
  assigneeName: string | undefined;
  onToggleDone: (done: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
};

// One task: its checkbox, title (opens the editor), when it is due, what it is about and who does it.
export function TaskRow({ task, now, links, assigneeName, onToggleDone, onEdit, onDelete }: TaskRowProps) {
  const overdue = isTaskOverdue(task, now);
  const TypeIcon = taskTypeIcons[task.type];
  const contact = task.contactId ? links.contacts.get(task.contactId) : undefined;
  const company = task.companyId ? links.companies.get(task.companyId) : undefined;
  const deal = task.dealId ? links.deals.get(task.dealId) : undefined;
  const when = task.completedAt ? `Done ${formatDateTime(task.completedAt)}` : task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : 'No due date';
  return (
    <Group wrap="nowrap" gap="sm" px="sm" py={6} h="100%" align="center" data-overdue={overdue || undefined} style={overdue ? { borderLeft: '3px solid var(--mantine-color-red-filled)' } : undefined}>
      <Checkbox aria-label={`Complete ${task.title}`} checked={task.completedAt !== null} onChange={(event) => onToggleDone(event.currentTarget.checked)} />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <UnstyledButton onClick={onEdit} aria-label={`Edit ${task.title}`} style={{ minWidth: 0 }}>
          <Text fw={500} truncate td={task.completedAt ? 'line-through' : undefined}>
            {task.title}
          </Text>
        </UnstyledButton>
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0, overflow: 'hidden' }}>
          <Text size="sm" c={overdue ? 'red.8' : 'dimmed'} fw={overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {when}
          </Text>
          {contact && (
            <Anchor component={Link} to={`/contacts/${task.contactId}`} size="sm" truncate>
              {contact}
            </Anchor>
          )}
          {company && (
            <Anchor component={Link} to={`/companies/${task.companyId}`} size="sm" truncate>
              {company}
            </Anchor>
          )}
          {deal && (
            <Anchor component={Link} to={`/deals/${task.dealId}`} size="sm" truncate>
              {deal}
            </Anchor>
          )}
          {assigneeName && (
            <Text size="sm" c="dimmed" truncate>
              · {assigneeName}
            </Text>
          )}
        </Group>
      </Stack>
      {overdue && (
        <Badge color="red" variant="filled">
          Overdue
        </Badge>
      )}
      <Badge variant="light" color="gray" leftSection={<TypeIcon size={12} aria-hidden />}>
        {taskTypeLabels[task.type]}
      </Badge>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${task.title}`}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit}>
            Edit
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
