import { useMemo } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { useTaskLinkNames } from '../../tasks/hooks/useTaskLinkNames';
import { buildRecordsCsv } from '../utils/buildRecordsCsv';
import { defaultTaskExportFieldIds, taskExportColumns, taskExportFields } from '../utils/taskExportColumns';
import { ExportButton } from './ExportButton';

export type ExportTasksButtonProps = { tasks: Array<StoredRecord<'tasks'>>; viewLabel: string };

const fieldsById = new Map(taskExportFields.map((field) => [field.id, field]));

// Exports the tasks of the view shown (Today, Upcoming, Overdue or Done, for its assignee) as CSV.
export function ExportTasksButton({ tasks, viewLabel }: ExportTasksButtonProps) {
  const links = useTaskLinkNames(tasks);
  const { owners } = useReferenceNames();
  const byId = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  return (
    <ExportButton
      count={tasks.length}
      noun={{ one: 'task', many: 'tasks' }}
      scope={`in ${viewLabel}`}
      baseName={`Tasks ${viewLabel}`}
      fields={taskExportFields}
      defaultFieldIds={defaultTaskExportFieldIds}
      fieldsDescription="Assignees and linked contacts, deals and companies by name."
      buildCsv={(fieldIds, options, onProgress) => buildRecordsCsv([...byId.keys()], (id) => byId.get(id), taskExportColumns(fieldIds.flatMap((id) => fieldsById.get(id) ?? []), { ...links, members: owners }), options, onProgress)}
    />
  );
}
