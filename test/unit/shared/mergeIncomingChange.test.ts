import { describe, expect, it } from 'vitest';
import { mergeIncomingChanges, type SyncRow } from '@shared/sync/mergeIncomingChange';
import { syncFieldCatalog } from '@shared/sync/syncedFields';

// The rule itself, without the schema's defaults for fields not yet delivered (tested last).
const withDefaults = syncFieldCatalog('contacts');
const contacts = withDefaults && { ...withDefaults, defaults: {} };
const h = (n: number, node = 'a') => `2026-12-04T10:00:00.${String(n).padStart(3, '0')}Z-0000-${node}`;

const stored: SyncRow = {
  id: 'c1',
  firstName: 'Ann',
  lastName: 'Lee',
  deleted: 0,
  custom: { plan: 'basic' },
  sortName: 'ann lee',
  hlc: h(1),
  fieldHlc: { lastName: h(5) },
};

describe('mergeIncomingChanges', () => {
  it('takes a field with a newer HLC and keeps one with an older HLC', () => {
    const { row, changedFields } = mergeIncomingChanges('c1', stored, [
      { field: 'firstName', value: 'Anna', hlc: h(3, 'b') },
      { field: 'lastName', value: 'Old', hlc: h(4, 'b') },
    ], contacts);
    expect(row).toMatchObject({ firstName: 'Anna', lastName: 'Lee', hlc: h(1), fieldHlc: { firstName: h(3, 'b'), lastName: h(5) } });
    expect(changedFields).toEqual(['firstName']);
  });

  it('merges custom attributes one key at a time', () => {
    const { row } = mergeIncomingChanges('c1', stored, [{ field: 'custom.seats', value: 4, hlc: h(2, 'b') }], contacts);
    expect(row).toMatchObject({ custom: { plan: 'basic', seats: 4 } });
  });

  it('treats deleted as a field: the later of a delete and an edit wins on every device', () => {
    const edit = { field: 'firstName', value: 'Edited', hlc: h(8, 'b') };
    const remove = { field: 'deleted', value: 1, hlc: h(9, 'c') };
    const one = mergeIncomingChanges('c1', stored, [edit, remove], contacts).row;
    const other = mergeIncomingChanges('c1', stored, [remove, edit], contacts).row;
    expect(one).toEqual(other);
    expect(one).toMatchObject({ deleted: 1, firstName: 'Edited' });
  });

  it('builds a new row from changes, and a purge removes it for good', () => {
    const created = mergeIncomingChanges('c2', undefined, [{ field: 'firstName', value: 'Bo', hlc: h(2) }], contacts);
    expect(created.row).toEqual({ id: 'c2', firstName: 'Bo', custom: {}, hlc: h(2) });
    expect(created.rowChanged).toBe(true);

    const purged = mergeIncomingChanges('c2', created.row, [{ field: 'purged', value: true, hlc: h(3) }], contacts);
    expect(purged.row).toEqual({ id: 'c2', purged: true });
    const late = mergeIncomingChanges('c2', purged.row, [{ field: 'firstName', value: 'Back', hlc: h(9) }], contacts);
    expect(late).toEqual({ row: { id: 'c2', purged: true }, changedFields: [], rowChanged: false });
  });

  it('keeps fields this version does not know on the row, last writer wins, and replays them once known', () => {
    const first = mergeIncomingChanges('c1', stored, [{ field: 'nickname', value: 'Annie', hlc: h(6, 'b') }], contacts).row as SyncRow;
    expect(first.keptFields).toEqual({ nickname: { value: 'Annie', hlc: h(6, 'b') } });
    expect(first).not.toHaveProperty('nickname');
    const older = mergeIncomingChanges('c1', first, [{ field: 'nickname', value: 'A', hlc: h(2, 'c') }], contacts).row as SyncRow;
    expect(older.keptFields?.nickname?.value).toBe('Annie');

    // A later version that knows the field applies the kept value at its own HLC.
    const upgraded = { fields: new Set([...(contacts?.fields ?? []), 'nickname']), custom: true, defaults: {} };
    const { row } = mergeIncomingChanges('c1', first, [], upgraded);
    expect(row).toMatchObject({ nickname: 'Annie', fieldHlc: { nickname: h(6, 'b') } });
    expect(row).not.toHaveProperty('keptFields');
  });

  it('keeps a whole row of a table this version does not know', () => {
    const { row } = mergeIncomingChanges('x1', undefined, [{ field: 'title', value: 'Quote', hlc: h(1) }], syncFieldCatalog('quotes'));
    expect(row).toEqual({ id: 'x1', hlc: '', keptFields: { title: { value: 'Quote', hlc: h(1) } } });
  });

  it('stores a newer HLC even when the value is the same, and reports no change for a replay', () => {
    const same = mergeIncomingChanges('c1', stored, [{ field: 'firstName', value: 'Ann', hlc: h(7, 'b') }], contacts);
    expect(same.changedFields).toEqual([]);
    expect(same.rowChanged).toBe(true);
    expect(mergeIncomingChanges('c1', same.row, [{ field: 'firstName', value: 'Ann', hlc: h(7, 'b') }], contacts).rowChanged).toBe(false);
  });

  it('treats a field left undefined (a local edit of a partly delivered row) as never written', () => {
    const partial: SyncRow = { id: 'c3', firstName: 'Edited', deleted: undefined, custom: {}, hlc: h(5) };
    const { row } = mergeIncomingChanges('c3', partial, [{ field: 'deleted', value: 0, hlc: h(1, 'b') }], contacts);
    expect(row).toMatchObject({ deleted: 0, firstName: 'Edited', fieldHlc: { firstName: h(5) }, hlc: h(1, 'b') });
  });

  it('gives fields no change has reached yet their defaults, which any real change replaces', () => {
    const partial = mergeIncomingChanges('c4', undefined, [{ field: 'firstName', value: 'Di', hlc: h(3) }], withDefaults).row as SyncRow;
    expect(partial).toMatchObject({ firstName: 'Di', lastName: '', status: 'lead', deleted: 0, socialProfiles: {}, custom: {}, hlc: '' });
    expect(partial.fieldHlc).toEqual({ firstName: h(3) });
    const complete = mergeIncomingChanges('c4', partial, [{ field: 'lastName', value: 'Ng', hlc: h(1) }, { field: 'deleted', value: 0, hlc: h(1) }], withDefaults).row;
    expect(complete).toMatchObject({ firstName: 'Di', lastName: 'Ng', deleted: 0 });
  });
});
