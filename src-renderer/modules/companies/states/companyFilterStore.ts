import { createFilterStore } from '../../contact-list/states/createFilterStore';

export const useCompanyFilterStore = createFilterStore();
