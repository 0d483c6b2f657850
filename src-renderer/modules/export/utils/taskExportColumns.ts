import type { ContactColumn } from '@shared/domain/contactColumns';
import type { StoredRecord } from '../../../db/rowTypes';
import type { TaskLinkNames } from '../../tasks/hooks/useTaskLinkNames';
import { taskTypeOptions } from '../../tasks/utils/taskTypes';
import { columnExports, nameColumn, type ExportColumn } from './columnExports';

export type TaskExportNames = TaskLinkNames & { members: ReadonlyMap<string, string> };

// What a task export can hold (tasks have no custom attributes).
export const taskExportFields: ContactColumn[] = [
  { id: 'title', label: 'Task', type: 'text' },
  { id: 'type', label: 'Type', type: 'choice', options: taskTypeOptions },
  { id: 'dueAt', label: 'Due', type: 'datetime' },
  { id: 'completedAt', label: 'Done at', type: 'datetime' },
  { id: 'assigneeId', label: 'Assignee', type: 'reference' },
  { id: 'contactId', label: 'Contact', type: 'reference' },
  { id: 'dealId', label: 'Deal', type: 'reference' },
  { id: 'companyId', label: 'Company', type: 'reference' },
  { id: 'about', label: 'Notes', type: 'text' },
  { id: 'createdAt', label: 'Created', type: 'datetime' },
  { id: 'updatedAt', label: 'Updated', type: 'datetime' },
];

export const defaultTaskExportFieldIds = ['title', 'type', 'dueAt', 'completedAt', 'assigneeId', 'contactId', 'dealId', 'companyId'];

export function taskExportColumns(columns: readonly ContactColumn[], names: TaskExportNames): Array<ExportColumn<StoredRecord<'tasks'>>> {
  return columnExports<StoredRecord<'tasks'>>(columns, {
    assigneeId: (column) => [nameColumn(column.label, (task) => task.assigneeId, names.members)],
    contactId: (column) => [nameColumn(column.label, (task) => task.contactId, names.contacts)],
    dealId: (column) => [nameColumn(column.label, (task) => task.dealId, names.deals)],
    companyId: (column) => [nameColumn(column.label, (task) => task.companyId, names.companies)],
  });
}
