import { createSelectionStore } from '../../contact-list/states/createSelectionStore';

export const useCompanySelectionStore = createSelectionStore();
