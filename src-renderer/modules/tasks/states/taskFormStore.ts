import { create } from 'zustand';
import type { TaskFields } from '@shared/domain/task';

export type TaskLinks = Partial<Pick<TaskFields, 'contactId' | 'dealId' | 'companyId'>>;

// The one task form of the app: quick add (from anywhere, by shortcut or palette), or editing.
export type TaskFormTarget = { mode: 'create'; links: TaskLinks } | { mode: 'edit'; taskId: string };

type TaskFormState = {
  target: TaskFormTarget | null;
  openNew: (links?: TaskLinks) => void;
  openEdit: (taskId: string) => void;
  close: () => void;
};

export const useTaskFormStore = create<TaskFormState>()((set) => ({
  target: null,
  openNew: (links = {}) => set({ target: { mode: 'create', links } }),
  openEdit: (taskId) => set({ target: { mode: 'edit', taskId } }),
  close: () => set({ target: null }),
}));
