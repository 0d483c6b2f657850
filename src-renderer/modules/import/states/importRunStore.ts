import { create } from 'zustand';

// The import running in this window, so the history can tell it from one a closed app
// interrupted (both are "running" in the database).
export const useImportRunStore = create<{ activeJobId: string | null }>(() => ({ activeJobId: null }));
