import type { OutpostDb } from '../../../db/OutpostDb';

// Custom values have no index, so counting reads every contact: done only while that is cheap.
const scanLimit = 20_000;

const hasValue = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

// How many live contacts hold a value for the attribute, or null when there are too many to scan.
export async function countContactsWithValue(db: OutpostDb, key: string): Promise<number | null> {
  if ((await db.contacts.count()) > scanLimit) return null;
  return db.contacts.filter((contact) => contact.deleted === 0 && hasValue(contact.custom[key])).count();
}
