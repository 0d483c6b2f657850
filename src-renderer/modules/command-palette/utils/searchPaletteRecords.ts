import { contactDisplayName } from '@shared/domain/contact';
import { searchTokens } from '@shared/text/foldText';
import type { OutpostDb } from '../../../db/OutpostDb';

export type PaletteRecord = { id: string; kind: 'contact' | 'company' | 'deal'; title: string; description: string; path: string };

const perKind = 6;

function matchesAll(tokens: string[], words: string[]): boolean {
  return words.every((word) => tokens.some((token) => token.startsWith(word)));
}

// Prefix search over the token index: the longest word narrows the index range, the others
// filter that small set; the table is never scanned.
export async function searchPaletteRecords(db: OutpostDb, query: string): Promise<PaletteRecord[]> {
  const words = searchTokens(query).sort((a, b) => b.length - a.length);
  const [first] = words;
  if (!first) return [];
  const live = <Row extends { deleted: 0 | 1; searchTokens: string[] }>(row: Row) => row.deleted === 0 && matchesAll(row.searchTokens, words);
  const [contacts, companies, deals] = await Promise.all([
    db.contacts.where('searchTokens').startsWith(first).distinct().filter(live).limit(perKind).toArray(),
    db.companies.where('searchTokens').startsWith(first).distinct().filter(live).limit(perKind).toArray(),
    db.deals.where('searchTokens').startsWith(first).distinct().filter(live).limit(perKind).toArray(),
  ]);
  return [
    ...contacts.map((contact) => ({ id: contact.id, kind: 'contact' as const, title: contactDisplayName(contact), description: contact.email ?? contact.phone ?? '', path: `/contacts/${contact.id}` })),
    ...companies.map((company) => ({ id: company.id, kind: 'company' as const, title: company.name, description: company.domain, path: `/companies/${company.id}` })),
    ...deals.map((deal) => ({ id: deal.id, kind: 'deal' as const, title: deal.title, description: deal.status, path: `/deals/${deal.id}` })),
  ];
}
