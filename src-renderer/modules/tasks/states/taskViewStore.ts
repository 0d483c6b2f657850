import { create } from 'zustand';
import type { TaskAssigneeFilter } from '@shared/domain/tasks/taskAssignee';
import type { TaskView } from '@shared/domain/tasks/taskView';

type TaskViewState = {
  view: TaskView;
  assignee: TaskAssigneeFilter;
  setView: (view: TaskView) => void;
  setAssignee: (assignee: TaskAssigneeFilter) => void;
};

// The chosen view and assignee filter survive leaving the Tasks section, for this session.
export const useTaskViewStore = create<TaskViewState>()((set) => ({
  view: 'today',
  assignee: 'me',
  setView: (view) => set({ view }),
  setAssignee: (assignee) => set({ assignee }),
}));
