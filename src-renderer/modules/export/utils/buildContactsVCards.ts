import { contactToVCard } from '@shared/export/contactToVCard';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import type { ExportProgress } from './buildRecordsCsv';

const chunkSize = 2000;

// One .vcf holding a card per contact; the organisation and title come from the primary company.
export async function buildContactsVCards(db: OutpostDb, ids: readonly string[], contactOf: (id: string) => ContactRow | undefined, onProgress?: ExportProgress): Promise<string> {
  const cards: string[] = [];
  for (let start = 0; start < ids.length; start += chunkSize) {
    const contacts = ids.slice(start, start + chunkSize).flatMap((id) => contactOf(id) ?? []);
    const memberships = (await db.memberships.where('contactId').anyOf(contacts.map((contact) => contact.id)).toArray())
      .filter((membership) => !membership.deleted)
      .sort((a, b) => Number(b.primary) - Number(a.primary));
    const companies = new Map((await db.companies.bulkGet([...new Set(memberships.map((membership) => membership.companyId))])).flatMap((company) => (company && !company.deleted ? [[company.id, company.name]] : [])));
    const firstMembership = new Map<string, { organization: string; title: string }>();
    for (const membership of memberships) {
      const organization = companies.get(membership.companyId);
      if (organization && !firstMembership.has(membership.contactId)) firstMembership.set(membership.contactId, { organization, title: membership.role });
    }
    for (const contact of contacts) cards.push(contactToVCard({ ...contact, ...(firstMembership.get(contact.id) ?? { organization: '', title: '' }) }));
    onProgress?.(Math.min(start + chunkSize, ids.length), ids.length);
  }
  return cards.length > 0 ? `${cards.join('\r\n')}\r\n` : '';
}
