import Dexie from 'dexie';
import { contactDisplayName } from '@shared/domain/contact';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { OutpostDb } from '../../../db/OutpostDb';

export type TrashItem = { table: SyncedTable; id: string; kind: string; name: string; deletedAt: string };

const perKind = 200;
const deletedRange = (index: string) => [`[deleted+${index}]`, [1, Dexie.minKey], [1, Dexie.maxKey]] as const;

// Deleted records stay in their tables with deleted = 1; the same indexes that list live
// records list the deleted ones.
export async function readTrash(db: OutpostDb): Promise<TrashItem[]> {
  const [contactIndex, contactFrom, contactTo] = deletedRange('updatedAt');
  const [nameIndex, nameFrom, nameTo] = deletedRange('sortName');
  const [contacts, companies, deals, members] = await Promise.all([
    db.contacts.where(contactIndex).between(contactFrom, contactTo).reverse().limit(perKind).toArray(),
    db.companies.where(nameIndex).between(nameFrom, nameTo).limit(perKind).toArray(),
    db.deals.where(nameIndex).between(nameFrom, nameTo).limit(perKind).toArray(),
    db.teamMembers.filter((member) => member.deleted === 1).limit(perKind).toArray(),
  ]);
  const items: TrashItem[] = [
    ...contacts.map((row) => ({ table: 'contacts' as const, id: row.id, kind: 'Contact', name: contactDisplayName(row), deletedAt: row.updatedAt })),
    ...companies.map((row) => ({ table: 'companies' as const, id: row.id, kind: 'Company', name: row.name, deletedAt: row.updatedAt })),
    ...deals.map((row) => ({ table: 'deals' as const, id: row.id, kind: 'Deal', name: row.title, deletedAt: row.updatedAt })),
    ...members.map((row) => ({ table: 'teamMembers' as const, id: row.id, kind: 'Team member', name: row.name, deletedAt: row.updatedAt })),
  ];
  return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
