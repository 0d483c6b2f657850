import { describe, expect, it } from 'vitest';
import type { FilterValueType } from '@shared/domain/filters/filterTypes';
import { ContactSnapshot } from '@renderer/modules/contact-list/utils/contactSnapshot';
import { openTestDatabase } from '../../helpers/testDatabase';

const fieldTypes: Record<string, FilterValueType> = { sortName: 'text', city: 'text', createdAt: 'datetime', 'custom.score': 'integer' };
const typeOf = (field: string) => fieldTypes[field];

async function readySnapshot() {
  const { db, mutations } = await openTestDatabase();
  await mutations.createMany('contacts', [
    { firstName: 'Zoë', lastName: 'Adams', city: 'Oslo', custom: { score: 3 } },
    { firstName: 'Ann', lastName: 'Lee', city: 'Bergen', custom: { score: 9 } },
    { firstName: 'Bo', lastName: 'Ng', email: 'bo@acme.test' },
  ]);
  const snapshot = new ContactSnapshot(db, mutations);
  await new Promise<void>((resolve) => {
    const stop = snapshot.subscribe(() => {
      if (snapshot.state.status === 'ready') {
        stop();
        resolve();
      }
    });
  });
  const names = (ids: string[]) => ids.map((id) => snapshot.get(id)?.firstName);
  return { db, mutations, snapshot, names };
}

describe('the contact snapshot', () => {
  it('searches by word prefix, accent-insensitive, and by company name', async () => {
    const { snapshot, names } = await readySnapshot();
    const query = (search: string, companies = new Map<string, string[]>()) => names(snapshot.query({ search, conditions: [], sort: { column: 'sortName', descending: false } }, typeOf, companies));
    expect(query('zoe')).toEqual(['Zoë']);
    expect(query('ZO AD')).toEqual(['Zoë']);
    expect(query('acme')).toEqual(['Bo']);
    expect(query('nobody')).toEqual([]);
  });

  it('filters and sorts by any column, empty values last both ways', async () => {
    const { snapshot, names } = await readySnapshot();
    const sorted = (descending: boolean) => names(snapshot.query({ search: '', conditions: [], sort: { column: 'custom.score', descending } }, typeOf));
    expect(sorted(false)).toEqual(['Zoë', 'Ann', 'Bo']);
    expect(sorted(true)).toEqual(['Ann', 'Zoë', 'Bo']);
    const filtered = snapshot.query({ search: '', conditions: [{ field: 'city', operator: 'isNotEmpty', value: null }], sort: { column: 'sortName', descending: true } }, typeOf);
    expect(names(filtered)).toEqual(['Zoë', 'Ann']);
  });

  it('follows writes through the mutation layer, deletes included', async () => {
    const { mutations, snapshot, names } = await readySnapshot();
    const changed = new Promise<void>((resolve) => {
      const stop = snapshot.subscribe(() => {
        stop();
        resolve();
      });
    });
    const [ann] = snapshot.query({ search: 'ann', conditions: [], sort: { column: 'sortName', descending: false } }, typeOf);
    await mutations.update('contacts', ann as string, { firstName: 'Anne' });
    await mutations.create('contacts', { firstName: 'Cy' });
    const bo = snapshot.query({ search: 'bo', conditions: [], sort: { column: 'sortName', descending: false } }, typeOf);
    await mutations.softDelete('contacts', bo, 'Delete Bo');
    await changed;
    expect(names(snapshot.query({ search: '', conditions: [], sort: { column: 'sortName', descending: false } }, typeOf))).toEqual(['Anne', 'Cy', 'Zoë']);
  });
});

describe('typing on', () => {
  it('narrows the last result and still sees every write', async () => {
    const { mutations, snapshot, names } = await readySnapshot();
    const none: never[] = [];
    const search = (text: string) => names(snapshot.query({ search: text, conditions: none, sort: { column: 'sortName', descending: false } }, typeOf));
    expect(search('a')).toEqual(['Ann', 'Bo', 'Zoë']);
    expect(search('an')).toEqual(['Ann']);
    const changed = new Promise<void>((resolve) => {
      const stop = snapshot.subscribe(() => {
        stop();
        resolve();
      });
    });
    await mutations.create('contacts', { firstName: 'Anders' });
    await changed;
    expect(search('an')).toEqual(['Anders', 'Ann']);
    expect(search('a')).toEqual(['Anders', 'Ann', 'Bo', 'Zoë']);
  });
});

describe('after writes', () => {
  it('finds a renamed contact by its new name only, and keeps the sort in step', async () => {
    const { mutations, snapshot, names } = await readySnapshot();
    const byName = { column: 'sortName', descending: false };
    const search = (text: string) => names(snapshot.query({ search: text, conditions: [], sort: byName }, typeOf));
    expect(search('')).toEqual(['Ann', 'Bo', 'Zoë']);
    const changed = new Promise<void>((resolve) => {
      const stop = snapshot.subscribe(() => {
        stop();
        resolve();
      });
    });
    const [zoe] = snapshot.query({ search: 'zoe', conditions: [], sort: byName }, typeOf);
    await mutations.update('contacts', zoe as string, { firstName: 'Åsa', lastName: 'Zed' });
    await changed;
    expect(search('zoe')).toEqual([]);
    expect(search('asa')).toEqual(['Åsa']);
    expect(search('')).toEqual(['Ann', 'Åsa', 'Bo']);
  });

  it('filters on text a write changed, not on the folded value cached before it', async () => {
    const { mutations, snapshot, names } = await readySnapshot();
    const inOslo = () => names(snapshot.query({ search: '', conditions: [{ field: 'city', operator: 'is', value: 'oslo' }], sort: { column: 'sortName', descending: false } }, typeOf));
    expect(inOslo()).toEqual(['Zoë']);
    const changed = new Promise<void>((resolve) => {
      const stop = snapshot.subscribe(() => {
        stop();
        resolve();
      });
    });
    const [ann] = snapshot.query({ search: 'ann', conditions: [], sort: { column: 'sortName', descending: false } }, typeOf);
    await mutations.update('contacts', ann as string, { city: 'OSLO' });
    await changed;
    expect(inOslo()).toEqual(['Ann', 'Zoë']);
  });
});
