import { contactDisplayName } from '@shared/domain/contact';
import type { OutpostDb } from '../../../db/OutpostDb';
import { findByWordPrefixes } from '../../../db/queries/findByWordPrefixes';

export type PaletteRecord = { id: string; kind: 'contact' | 'company' | 'deal'; title: string; description: string; path: string };

const perKind = 6;

export async function searchPaletteRecords(db: OutpostDb, query: string): Promise<PaletteRecord[]> {
  const [contacts, companies, deals] = await Promise.all([
    findByWordPrefixes(db, 'contacts', query, perKind),
    findByWordPrefixes(db, 'companies', query, perKind),
    findByWordPrefixes(db, 'deals', query, perKind),
  ]);
  return [
    ...contacts.map((contact) => ({ id: contact.id, kind: 'contact' as const, title: contactDisplayName(contact), description: contact.email ?? contact.phone ?? '', path: `/contacts/${contact.id}` })),
    ...companies.map((company) => ({ id: company.id, kind: 'company' as const, title: company.name, description: company.domain, path: `/companies/${company.id}` })),
    ...deals.map((deal) => ({ id: deal.id, kind: 'deal' as const, title: deal.title, description: deal.status, path: `/deals/${deal.id}` })),
  ];
}
