import { searchTokens } from '../../text/foldText';
import { compileFilter } from '../filters/compileFilter';
import type { FilterCondition, FilterValueType } from '../filters/filterTypes';
import { compareSortKeys, sortKeyOf } from '../filters/sortKey';

export type CompanySort = { column: string; descending: boolean };
export type CompanyQuery = { search: string; conditions: FilterCondition[]; sort: CompanySort };
export type QueryableCompany = Record<string, unknown> & { id: string; sortName: string; searchTokens: readonly string[] };

// The ids of the companies matching a search (every word a prefix of a word of the name or
// domain), the filter rules of the contacts table, in the chosen order (empty values last,
// then by name). A pass over an in-memory list: fine for tens of thousands of companies.
export function queryCompanies(rows: readonly QueryableCompany[], query: CompanyQuery, typeOf: (field: string) => FilterValueType | undefined): string[] {
  const words = searchTokens(query.search);
  const matches = compileFilter(query.conditions, typeOf);
  const found = rows.filter((row) => words.every((word) => row.searchTokens.some((token) => token.startsWith(word))) && matches(row));
  const { column, descending } = query.sort;
  const type = typeOf(column) ?? 'text';
  const keyed = found.map((row) => ({ id: row.id, key: sortKeyOf(row, column, type), name: row.sortName }));
  keyed.sort((a, b) => {
    const byKey = a.key === null || b.key === null ? compareSortKeys(a.key, b.key) : compareSortKeys(a.key, b.key) * (descending ? -1 : 1);
    return byKey || compareSortKeys(a.name, b.name) || compareSortKeys(a.id, b.id);
  });
  return keyed.map((entry) => entry.id);
}
