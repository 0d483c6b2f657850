import { describe, expect, it } from 'vitest';
import { storedKeysAmong } from '@renderer/db/sync/storedKeysAmong';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('storedKeysAmong', () => {
  it('names the stored keys among those asked for, however many other keys lie outside their range', async () => {
    const { db } = await openTestDatabase();
    await db.syncMeta.bulkPut(['a', 'b', 'm1', 'm3', 'x', 'y', 'z'].map((key) => ({ key, value: true })));
    expect(await storedKeysAmong(db.syncMeta, ['m4', 'm1', 'm2', 'm3'])).toEqual(new Set(['m1', 'm3']));
    expect(await storedKeysAmong(db.syncMeta, ['n1', 'n2'])).toEqual(new Set());
    expect(await storedKeysAmong(db.syncMeta, [])).toEqual(new Set());
    db.close();
  });

  it('answers null when the range the keys span holds many other keys, so the caller looks each up', async () => {
    const { db } = await openTestDatabase();
    await db.syncMeta.bulkPut(['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, value: true })));
    expect(await storedKeysAmong(db.syncMeta, ['a', 'e'])).toBeNull();
    expect(await storedKeysAmong(db.syncMeta, ['a', 'c', 'e'])).toEqual(new Set(['a', 'c', 'e']));
    db.close();
  });
});
