import { IconCalendarEvent, IconChecklist, IconMail, IconPhone, IconRepeat, type Icon } from '@tabler/icons-react';
import { taskTypes, type TaskFields } from '@shared/domain/task';

export type TaskType = TaskFields['type'];

export const taskTypeLabels: Record<TaskType, string> = { call: 'Call', 'follow-up': 'Follow-up', meeting: 'Meeting', email: 'Email', 'to-do': 'To-do' };
export const taskTypeIcons: Record<TaskType, Icon> = { call: IconPhone, 'follow-up': IconRepeat, meeting: IconCalendarEvent, email: IconMail, 'to-do': IconChecklist };
export const taskTypeOptions = taskTypes.map((type) => ({ value: type, label: taskTypeLabels[type] }));
