import { describe, expect, it } from 'vitest';
import type { ImportedContact } from '@shared/import/importTypes';
import { planImportChunk, type ImportMatchState } from '@shared/import/planImportChunk';

const person = (fields: ImportedContact['fields'], tagNames: string[] = []): ImportedContact => ({ fields, tagNames, listNames: [], companyName: '', jobTitle: '' });

function ids() {
  let next = 0;
  return () => `new${++next}`;
}

function existing(): ImportMatchState {
  return { idByKey: new Map([['ann@gmail.com', 'ann']]), createdIds: new Set() };
}

describe('planImportChunk', () => {
  const rows = [
    { rowNumber: 2, contact: person({ email: 'a.n.n+work@gmail.com', city: 'Berlin' }) },
    { rowNumber: 3, contact: person({ email: 'bob@example.com', firstName: 'Bob' }, ['vip']) },
    { rowNumber: 4, contact: person({ email: 'bob@example.com', lastName: 'Stone' }, ['Vip', 'new']) },
    { rowNumber: 5, contact: person({ firstName: 'No email' }) },
  ];

  it('creates only: skips existing contacts, merges rows repeated in the file', () => {
    const plan = planImportChunk(rows, 'create', 'email', existing(), ids());
    expect(plan.skipped).toEqual([{ rowNumber: 2, reason: 'A contact with this email already exists' }]);
    expect(plan.creates).toEqual([
      { id: 'new1', rowNumbers: [3, 4], contact: person({ email: 'bob@example.com', firstName: 'Bob', lastName: 'Stone' }, ['vip', 'new']), createdByImport: true },
      { id: 'new2', rowNumbers: [5], contact: person({ firstName: 'No email' }), createdByImport: true },
    ]);
    expect(plan.mergedRows).toBe(1);
  });

  it('creates and updates: updates the contact a row matches', () => {
    const plan = planImportChunk(rows, 'upsert', 'email', existing(), ids());
    expect(plan.updates).toEqual([{ id: 'ann', rowNumbers: [2], contact: rows[0]?.contact, createdByImport: false }]);
    expect(plan.creates.map((write) => write.rowNumbers)).toEqual([[3, 4], [5]]);
  });

  it('updates only: skips rows without a match, saying why', () => {
    const plan = planImportChunk(rows, 'update', 'email', existing(), ids());
    expect(plan.updates.map((write) => write.id)).toEqual(['ann']);
    expect(plan.skipped).toEqual([
      { rowNumber: 3, reason: 'No contact has this email' },
      { rowNumber: 4, reason: 'No contact has this email' },
      { rowNumber: 5, reason: 'No email to match on' },
    ]);
  });

  it('matches a later chunk to a contact an earlier chunk created', () => {
    const state = existing();
    const newId = ids();
    planImportChunk([{ rowNumber: 2, contact: person({ externalId: 'u-1', firstName: 'Cy' }) }], 'create', 'externalId', state, newId);
    const later = planImportChunk([{ rowNumber: 9, contact: person({ externalId: 'u-1', city: 'Oslo' }) }], 'create', 'externalId', state, newId);
    expect(later.creates).toEqual([]);
    expect(later.updates).toEqual([{ id: 'new1', rowNumbers: [9], contact: person({ externalId: 'u-1', city: 'Oslo' }), createdByImport: true }]);
    expect(later.mergedRows).toBe(1);
  });
});
