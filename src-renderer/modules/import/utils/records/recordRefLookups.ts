import { companyDomainOf } from '@shared/import/companyDomainOf';
import type { ImportTarget } from '@shared/import/importTypes';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { recordTargetSpec, type RecordRef } from '@shared/import/records/recordImportTargets';
import { foldText } from '@shared/text/foldText';
import type { OutpostDb } from '../../../../db/OutpostDb';
import type { RecordRow } from './recordImportPlan';

// "Deal Stage: ..." names the column a reference came from, as cell errors do.
export type RefHeader = (ref: RecordRef) => string;

export function refHeaders(type: RecordImportType, headers: readonly string[], mapping: ReadonlyArray<ImportTarget | null>): RefHeader {
  const names = new Map<RecordRef, string>();
  mapping.forEach((target, column) => {
    const ref = target ? recordTargetSpec(type, target)?.ref : undefined;
    if (ref) names.set(ref, headers[column] ?? `Column ${column + 1}`);
  });
  return (ref) => names.get(ref) ?? ref;
}

// Team members by folded name and by email, for owner and assignee columns.
export async function readTeamMemberIndex(db: OutpostDb): Promise<Map<string, string>> {
  const index = new Map<string, string>();
  for (const member of await db.teamMembers.toArray()) {
    if (member.deleted) continue;
    index.set(foldText(member.name.trim()), member.id);
    index.set(member.email.toLowerCase(), member.id);
  }
  return index;
}

// The team member an owner or assignee cell names (by name or email); null for an empty cell.
export function teamMemberOf(index: ReadonlyMap<string, string>, text: string | undefined, header: string): { id: string | null } | { error: string } {
  if (!text) return { id: null };
  const id = index.get(text.trim().toLowerCase()) ?? index.get(foldText(text.trim()));
  return id ? { id } : { error: `${header}: no team member is named or has the email "${text}"` };
}

// Live records of `table` whose `index` value is one of `values`, by that value (the first
// found wins); one query for a chunk's rows.
export async function liveIdsBy(db: OutpostDb, table: 'contacts' | 'companies' | 'deals', index: string, values: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (values.length === 0) return found;
  const rows = (await db.table(table).where(index).anyOf([...new Set(values)]).toArray()) as Array<Record<string, unknown> & { id: string; deleted: 0 | 1 }>;
  for (const row of rows) if (!row.deleted && !found.has(row[index] as string)) found.set(row[index] as string, row.id);
  return found;
}

// Contacts by external id, email and visitor id, for the chunk's rows (emails are stored lower case).
export type ContactIndex = { externalId: Map<string, string>; email: Map<string, string>; visitorId: Map<string, string> };

export async function findChunkContacts(db: OutpostDb, rows: readonly RecordRow[]): Promise<ContactIndex> {
  const values = (ref: RecordRef) => rows.flatMap((row) => row.record.refs[ref] ?? []);
  const [externalId, email, visitorId] = await Promise.all([
    liveIdsBy(db, 'contacts', 'externalId', values('contactExternalId')),
    liveIdsBy(db, 'contacts', 'email', values('contactEmail')),
    liveIdsBy(db, 'contacts', 'visitorId', values('visitorId')),
  ]);
  return { externalId, email, visitorId };
}

// A row's contact by external id, else email; an error naming the column when neither is known.
export function contactOf(row: RecordRow, contacts: ContactIndex, header: RefHeader): { id: string | null } | { error: string } {
  const { contactExternalId, contactEmail } = row.record.refs;
  if (contactExternalId) {
    const id = contacts.externalId.get(contactExternalId);
    return id ? { id } : { error: `${header('contactExternalId')}: no contact has the external id "${contactExternalId}"` };
  }
  if (contactEmail) {
    const id = contacts.email.get(contactEmail);
    return id ? { id } : { error: `${header('contactEmail')}: no contact has the email ${contactEmail}` };
  }
  return { id: null };
}

// Existing companies named by the chunk's rows, by domain when the cell is a web address, else by
// folded name (the key resolveNamedIds uses too).
export async function findChunkCompanies(db: OutpostDb, names: string[]): Promise<Map<string, string>> {
  const domains = names.flatMap((name) => companyDomainOf(name) ?? []);
  const byDomain = await liveIdsBy(db, 'companies', 'domain', domains);
  const byName = new Map<string, string>();
  const keys = [...new Set(names.filter((name) => !companyDomainOf(name)).map(foldText))];
  if (keys.length > 0) for (const company of await db.companies.where('[deleted+sortName]').anyOf(keys.map((key) => [0, key])).toArray()) if (!byName.has(company.sortName)) byName.set(company.sortName, company.id);
  const found = new Map<string, string>();
  for (const name of names) {
    const domain = companyDomainOf(name);
    const id = domain ? byDomain.get(domain) : byName.get(foldText(name));
    if (id) found.set(name, id);
  }
  return found;
}

// Existing deals named by the chunk's task rows, by external id or by title; a title several
// live deals share names none of them.
export async function findChunkDeals(db: OutpostDb, names: string[]): Promise<Map<string, string | 'ambiguous'>> {
  const byExternalId = await liveIdsBy(db, 'deals', 'externalId', names);
  const keys = [...new Set(names.map(foldText))];
  const byTitle = new Map<string, string | 'ambiguous'>();
  if (keys.length > 0) for (const deal of await db.deals.where('[deleted+sortName]').anyOf(keys.map((key) => [0, key])).toArray()) byTitle.set(deal.sortName, byTitle.has(deal.sortName) ? 'ambiguous' : deal.id);
  const found = new Map<string, string | 'ambiguous'>();
  for (const name of names) {
    const id = byExternalId.get(name) ?? byTitle.get(foldText(name));
    if (id) found.set(name, id);
  }
  return found;
}
