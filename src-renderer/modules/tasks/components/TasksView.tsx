import { Button, Group, Kbd, SegmentedControl, Select, Stack } from '@mantine/core';
import { IconChecklist, IconPlus } from '@tabler/icons-react';
import { taskViews, type TaskView } from '@shared/domain/tasks/taskView';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { formatCount } from '../../../ui/utils/formatCount';
import { ExportTasksButton } from '../../export/components/ExportTasksButton';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { useNow } from '../hooks/useNow';
import { useTasksByView } from '../hooks/useTasksByView';
import { useTaskFormStore } from '../states/taskFormStore';
import { useTaskViewStore } from '../states/taskViewStore';
import { assigneeFilterOptions, fromAssigneeValue, toAssigneeValue } from '../utils/assigneeFilterOptions';
import { quickAddShortcut } from '../utils/quickAddShortcut';
import { emptyTaskViewText, taskViewLabels } from '../utils/taskViewLabels';
import { TaskList } from './TaskList';

// The Tasks section: Today, Upcoming, Overdue and Done, for me, everyone or one assignee.
export function TasksView() {
  const { view, assignee, setView, setAssignee } = useTaskViewStore(useShallow(({ view, assignee, setView, setAssignee }) => ({ view, assignee, setView, setAssignee })));
  const me = useCurrentMember();
  const meId = me?.id ?? null;
  // Without a profile there is no "me" yet: show everyone's tasks.
  const effectiveAssignee = assignee === 'me' && me === null ? 'all' : assignee;
  const members = useOwnerOptions() ?? [];
  const now = useNow();
  const groups = useTasksByView(effectiveAssignee, meId, now);
  const openNew = useTaskFormStore((state) => state.openNew);
  const tasks = groups?.[view];

  const newTask = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openNew()} aria-keyshortcuts={quickAddShortcut.aria} rightSection={<Kbd size="xs">{quickAddShortcut.label}</Kbd>}>
      New task
    </Button>
  );
  const empty = emptyTaskViewText[view];

  return (
    <Stack gap={0} h="100%">
      <PageHeader title="Tasks" subtitle={groups ? `${formatCount(groups.overdue.length, 'overdue task')} · ${formatCount(groups.today.length, 'task')} left today` : 'Loading…'} actions={newTask} />
      <Group gap="sm" mb="sm" wrap="wrap">
        <SegmentedControl
          aria-label="Task view"
          value={view}
          onChange={(value) => setView(value as TaskView)}
          data={taskViews.map((option) => ({ value: option, label: groups ? `${taskViewLabels[option]} (${groups[option].length})` : taskViewLabels[option] }))}
        />
        <Select
          aria-label="Assignee"
          size="sm"
          w={200}
          allowDeselect={false}
          searchable
          data={assigneeFilterOptions(members, meId)}
          value={toAssigneeValue(effectiveAssignee)}
          onChange={(value) => value && setAssignee(fromAssigneeValue(value))}
        />
        {tasks && tasks.length > 0 && <ExportTasksButton tasks={tasks} viewLabel={taskViewLabels[view]} />}
      </Group>
      {tasks && tasks.length === 0 ? (
        <EmptyState icon={IconChecklist} title={empty.title} action={view === 'done' ? undefined : newTask}>
          {empty.body}
        </EmptyState>
      ) : (
        <TaskList label={`${taskViewLabels[view]} tasks`} tasks={tasks ?? []} now={now} />
      )}
    </Stack>
  );
}
