import { createSelectionStore } from './createSelectionStore';

export const useContactSelectionStore = createSelectionStore();
