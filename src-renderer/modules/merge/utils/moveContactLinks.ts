import type { RecordInput } from '@shared/domain/recordSchemas';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactLinkTable = 'memberships' | 'contactTags' | 'contactLists' | 'dealContacts';
type LinkRow = { id: string; contactId: string; deleted: 0 | 1 } & Record<string, unknown>;

// What each link connects a contact to.
const otherSide: Record<ContactLinkTable, string> = { memberships: 'companyId', contactTags: 'tagId', contactLists: 'listId', dealContacts: 'dealId' };

// A membership keeps its role and start date; only one membership of the survivor is primary.
function membershipCopies(rows: LinkRow[], survivorId: string): (row: LinkRow) => Record<string, unknown> {
  let hasPrimary = rows.some((row) => row.contactId === survivorId && row.primary === true);
  return (row) => {
    const primary = row.primary === true && !hasPrimary;
    hasPrimary ||= primary;
    return { role: row.role, since: row.since, primary };
  };
}

// Links the survivor to everything the other contacts were linked to (a new link row, or the
// survivor's old one brought back: link ids are per pair), then removes their links.
export async function moveContactLinks<T extends ContactLinkTable>(
  mutations: MutationLayer,
  table: T,
  rows: StoredRecord<T>[],
  survivorId: string,
  label: string,
): Promise<void> {
  const key = otherSide[table];
  const live = (rows as unknown as LinkRow[]).filter((row) => row.deleted === 0);
  const copyFields = table === 'memberships' ? membershipCopies(live, survivorId) : () => ({});
  const linked = new Set(live.filter((row) => row.contactId === survivorId).map((row) => row[key]));
  const creates: Record<string, unknown>[] = [];
  const removed: string[] = [];
  for (const row of live) {
    if (row.contactId === survivorId) continue;
    removed.push(row.id);
    if (linked.has(row[key])) continue;
    linked.add(row[key]);
    creates.push({ ...copyFields(row), contactId: survivorId, [key]: row[key] });
  }
  if (creates.length > 0) await mutations.createMany(table, creates as Array<RecordInput<T> & { id?: string }>);
  if (removed.length > 0) await mutations.softDelete(table, removed, label);
}

// "Keep separate" decisions of merged contacts now hold for the survivor; one between two of the
// merged contacts no longer means anything and goes.
export async function moveDismissals(
  mutations: MutationLayer,
  rows: StoredRecord<'duplicateDismissals'>[],
  survivorId: string,
  mergedIds: ReadonlySet<string>,
  label: string,
): Promise<void> {
  const live = rows.filter((row) => row.deleted === 0);
  const otherOf = (row: StoredRecord<'duplicateDismissals'>) => (mergedIds.has(row.contactId) ? row.otherContactId : row.contactId);
  const kept = new Set(live.filter((row) => row.contactId === survivorId || row.otherContactId === survivorId).map(otherOf));
  const creates: Array<RecordInput<'duplicateDismissals'>> = [];
  const removed: string[] = [];
  for (const row of live) {
    const other = otherOf(row);
    const touchesSurvivor = row.contactId === survivorId || row.otherContactId === survivorId;
    if (touchesSurvivor && !mergedIds.has(other)) continue;
    removed.push(row.id);
    if (mergedIds.has(other) || kept.has(other)) continue;
    kept.add(other);
    creates.push({ contactId: survivorId, otherContactId: other });
  }
  if (creates.length > 0) await mutations.createMany('duplicateDismissals', creates);
  if (removed.length > 0) await mutations.softDelete('duplicateDismissals', removed, label);
}
