import { describe, expect, it } from 'vitest';
import { standardCompanyColumns } from '@shared/domain/companies/companyColumns';
import { queryCompanies } from '@shared/domain/companies/queryCompanies';
import { searchTokens } from '@shared/text/foldText';

const byId = new Map(standardCompanyColumns.map((column) => [column.id, column.type]));
const typeOf = (field: string) => (field === 'custom.tier' ? 'choice' : byId.get(field));

function company(id: string, name: string, domain: string, extra: Record<string, unknown> = {}) {
  return { id, name, domain, sortName: name.toLowerCase(), searchTokens: searchTokens(name, domain), employeeCount: 0, size: null, custom: {}, ...extra };
}

const rows = [
  company('a', 'Acme', 'acme.com', { employeeCount: 5, size: 200, custom: { tier: 'gold' } }),
  company('b', 'Björk Industries', 'bjork.is', { employeeCount: 12, size: null }),
  company('c', 'Acme Europe', 'acme.eu', { employeeCount: 1, size: 40, custom: { tier: 'silver' } }),
];

describe('querying companies', () => {
  const byName = { column: 'sortName', descending: false };

  it('searches word prefixes of name and domain, folded', () => {
    expect(queryCompanies(rows, { search: 'acm', conditions: [], sort: byName }, typeOf)).toEqual(['a', 'c']);
    expect(queryCompanies(rows, { search: 'bjö', conditions: [], sort: byName }, typeOf)).toEqual(['b']);
    expect(queryCompanies(rows, { search: 'acme eu', conditions: [], sort: byName }, typeOf)).toEqual(['c']);
  });

  it('filters on standard and custom attributes with the shared rules', () => {
    expect(queryCompanies(rows, { search: '', conditions: [{ field: 'employeeCount', operator: 'gt', value: 3 }], sort: byName }, typeOf)).toEqual(['a', 'b']);
    expect(queryCompanies(rows, { search: '', conditions: [{ field: 'custom.tier', operator: 'anyOf', value: ['gold'] }], sort: byName }, typeOf)).toEqual(['a']);
  });

  it('sorts either way with empty values last', () => {
    expect(queryCompanies(rows, { search: '', conditions: [], sort: { column: 'size', descending: false } }, typeOf)).toEqual(['c', 'a', 'b']);
    expect(queryCompanies(rows, { search: '', conditions: [], sort: { column: 'size', descending: true } }, typeOf)).toEqual(['a', 'c', 'b']);
    expect(queryCompanies(rows, { search: '', conditions: [], sort: { column: 'sortName', descending: true } }, typeOf)).toEqual(['b', 'c', 'a']);
  });
});
