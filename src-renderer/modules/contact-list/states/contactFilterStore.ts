import { createFilterStore } from './createFilterStore';

export const useContactFilterStore = createFilterStore();
