import type { CompanyTokens, ContactQuery } from '../utils/contactSnapshot';
import { useContactColumns } from './useContactColumns';
import { useContactQuery, type ContactQueryResult } from './useContactQuery';

const everyContact: ContactQuery = { search: '', conditions: [], sort: { column: 'sortName', descending: false } };
const noCompanyTokens: CompanyTokens = new Map();

// Every live contact by name from the in-memory snapshot, for views that evaluate their own rules.
export function useAllContacts(): ContactQueryResult {
  return useContactQuery(everyContact, useContactColumns(), noCompanyTokens);
}
