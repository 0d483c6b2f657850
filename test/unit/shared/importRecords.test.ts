import { describe, expect, it } from 'vitest';
import type { RowContext } from '@shared/import/buildImportedContact';
import { buildImportedRow } from '@shared/import/buildImportedRow';
import { defaultValueFormat, type ColumnMapping, type ImportAttribute } from '@shared/import/importTypes';
import { autoMapRecordColumns } from '@shared/import/records/autoMapRecordColumns';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { emptyRecordMatchState, planRecordMatches } from '@shared/import/records/planRecordMatches';

describe('autoMapRecordColumns', () => {
  it('maps a HubSpot deals export', () => {
    const headers = ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Deal Currency Code', 'Close Date', 'Deal owner', 'Associated Company', 'Contact Email', 'Create Date'];
    expect(autoMapRecordColumns('deals', headers, [])).toEqual(['externalId', 'title', 'pipeline', 'stage', 'value', 'currency', 'expectedCloseDate', 'owner', 'company', 'contactEmail', null]);
  });

  it('maps companies by their synonyms, and a custom attribute of companies by its label', () => {
    const phone: ImportAttribute = { key: 'phone', label: 'Phone', type: 'text', options: [] };
    expect(autoMapRecordColumns('companies', ['Name', 'Website', 'Industry', 'Phone', 'City', 'Country', 'Employees'], [phone])).toEqual(['name', 'domain', 'industry', 'custom.phone', 'city', 'country', 'size']);
  });

  it('maps tasks, with Owner as the assignee and Status as done', () => {
    expect(autoMapRecordColumns('tasks', ['Title', 'Type', 'Due Date', 'Owner', 'Contact Email', 'Company', 'Notes', 'Status'], [])).toEqual(['title', 'type', 'dueAt', 'assignee', 'contactEmail', 'company', 'about', 'done']);
  });

  it('keeps the columns of an events file no field takes as properties', () => {
    expect(autoMapRecordColumns('events', ['Event', 'Timestamp', 'Email', 'Visitor ID', 'utm_source', 'Product', 'Revenue'], [])).toEqual([
      'name',
      'time',
      'contactEmail',
      'visitorId',
      'property.utm_source',
      'productName',
      'value',
    ]);
  });
});

function context(type: RecordImportType, headers: string[], mapping: ColumnMapping, format = defaultValueFormat): RowContext {
  return { headers, mapping, attributes: new Map(), format, record: { type, defaultCurrency: 'EUR' } };
}

describe('building rows of companies, deals, tasks and events', () => {
  it('a deal: money with locale separators to minor units by its currency, names of what it points at kept to resolve', () => {
    const headers = ['Title', 'Amount', 'Currency', 'Stage', 'Owner', 'Company', 'Status', 'Close'];
    const deals = context('deals', headers, ['title', 'value', 'currency', 'stage', 'owner', 'company', 'status', 'expectedCloseDate'], { ...defaultValueFormat, decimalSeparator: ',' });
    expect(buildImportedRow(['Apollo', '1.234,5 €', '', 'Qualified', 'Jane', 'acme.com', 'Closed Won', '31.03.2025'], 2, deals)).toMatchObject({
      kind: 'record',
      record: { fields: { title: 'Apollo', valueMinor: 123_450, status: 'won', expectedCloseDate: '2025-03-31' }, refs: { stage: 'Qualified', owner: 'Jane', company: 'acme.com' } },
    });
    expect(buildImportedRow(['Yen', '1.500', 'jpy', '', '', '', '', ''], 3, deals)).toMatchObject({ record: { fields: { valueMinor: 1500, currency: 'JPY' } } });
    expect(buildImportedRow(['', '12', 'XX', '', '', '', 'maybe', ''], 4, deals)).toEqual({
      kind: 'error',
      rowNumber: 4,
      errors: [
        { column: 2, header: 'Currency', value: 'XX', message: '"XX" is not a three-letter currency code like EUR' },
        { column: 6, header: 'Status', value: 'maybe', message: '"maybe" is not a deal status (open, won, lost, abandoned, archived)' },
      ],
    });
    expect(buildImportedRow(['', '12', '', '', '', '', '', ''], 5, deals)).toMatchObject({ kind: 'error', errors: [{ message: 'A deal needs a title' }] });
  });

  it('a company named only by its domain takes the domain as its name', () => {
    const companies = context('companies', ['Name', 'Website'], ['name', 'domain']);
    expect(buildImportedRow(['', 'https://www.acme.com/about'], 2, companies)).toMatchObject({ record: { fields: { name: 'acme.com', domain: 'acme.com' } } });
    expect(buildImportedRow(['Acme', 'not a site'], 3, companies)).toMatchObject({ kind: 'error', errors: [{ header: 'Website', message: '"not a site" is not a domain like example.com' }] });
    expect(buildImportedRow(['', ''], 4, companies)).toEqual({ kind: 'empty', rowNumber: 4 });
  });

  it('a task: type and done read from other tools\' words', () => {
    const tasks = context('tasks', ['Subject', 'Type', 'Status'], ['title', 'type', 'done']);
    expect(buildImportedRow(['Call back', 'Follow up', 'Completed'], 2, tasks)).toMatchObject({ record: { fields: { title: 'Call back', type: 'follow-up' }, done: true } });
    expect(buildImportedRow(['Write', 'todo', 'Not started'], 3, tasks)).toMatchObject({ record: { fields: { type: 'to-do' }, done: false } });
    expect(buildImportedRow(['Write', 'Lunch', 'soon'], 4, tasks)).toMatchObject({ kind: 'error', errors: [{ header: 'Type' }, { header: 'Status', message: '"soon" is not done or open (yes/no, completed, not started)' }] });
  });

  it('an event needs a name, a time and a contact; a product makes it a product event', () => {
    const headers = ['Event', 'Time', 'Visitor', 'SKU', 'Value', 'page'];
    const events = context('events', headers, ['name', 'time', 'visitorId', 'productId', 'value', 'property.page']);
    expect(buildImportedRow(['Purchase', '2025-05-01T10:00:00Z', 'v1', 'SKU-1', '9.99', '/buy'], 2, events)).toMatchObject({
      record: { fields: { name: 'Purchase', time: '2025-05-01T10:00:00.000Z', kind: 'product', productId: 'SKU-1', valueMinor: 999, properties: { page: '/buy' } }, refs: { visitorId: 'v1' } },
    });
    expect(buildImportedRow(['Visit', '2025-05-01', '', '', '', '/'], 3, events)).toMatchObject({ kind: 'error', errors: [{ message: 'No contact: the row has no contact external id, email or visitor id' }] });
    expect(buildImportedRow(['Visit', '', 'v1', '', '', ''], 4, events)).toMatchObject({ kind: 'error', errors: [{ message: 'An event needs a time' }] });
  });

  it('the schema refuses what is too long, on its cell', () => {
    const companies = context('companies', ['Name'], ['name']);
    expect(buildImportedRow(['x'.repeat(201)], 2, companies)).toMatchObject({ kind: 'error', errors: [{ column: 0, header: 'Name', value: `${'x'.repeat(80)}…` }] });
  });
});

describe('planRecordMatches', () => {
  const wording = { record: 'company', key: 'domain' };
  const merge = (earlier: string, later: string) => `${earlier}+${later}`;
  let ids = 0;
  const newId = () => `new-${(ids += 1)}`;

  it('creates, updates, merges a record twice in the file, and skips by the mode', () => {
    const state = emptyRecordMatchState();
    state.idByKey.set('acme.com', 'acme');
    const rows = [
      { rowNumber: 2, key: 'acme.com', value: 'a' },
      { rowNumber: 3, key: 'new.com', value: 'b' },
      { rowNumber: 4, key: 'new.com', value: 'c' },
      { rowNumber: 5, key: null, value: 'd' },
    ];
    const upsert = planRecordMatches(rows, 'upsert', state, newId, merge, wording);
    expect(upsert.updates).toEqual([{ id: 'acme', rowNumbers: [2], value: 'a', createdByImport: false }]);
    expect(upsert.creates.map((write) => [write.rowNumbers, write.value])).toEqual([
      [[3, 4], 'b+c'],
      [[5], 'd'],
    ]);
    expect(upsert.mergedRows).toBe(1);
    expect(planRecordMatches([{ rowNumber: 2, key: 'acme.com', value: 'a' }], 'create', emptyWith('acme.com'), newId, merge, wording).skipped).toEqual([{ rowNumber: 2, reason: 'A company with this domain already exists' }]);
    expect(planRecordMatches([{ rowNumber: 2, key: 'other.com', value: 'a' }, { rowNumber: 3, key: null, value: 'b' }], 'update', emptyRecordMatchState(), newId, merge, wording).skipped).toEqual([
      { rowNumber: 2, reason: 'No company has this domain' },
      { rowNumber: 3, reason: 'No domain to match on' },
    ]);
  });
});

function emptyWith(key: string) {
  const state = emptyRecordMatchState();
  state.idByKey.set(key, 'existing');
  return state;
}
