import { contactDisplayName, isIdentified } from '@shared/domain/contact';
import type { RecordFields, SyncedTable } from '@shared/domain/recordSchemas';
import { pairId } from '@shared/ids';
import { foldText, searchTokens } from '@shared/text/foldText';
import type { DerivedFields } from './rowTypes';

type Existing = Record<string, unknown> | undefined;

function keptIds(existing: Existing, field: string): string[] {
  const value = existing?.[field];
  return Array.isArray(value) ? (value as string[]) : [];
}

// Recomputed on every write of the row. Id sets that come from link rows are kept as they are:
// the link tables maintain them (see linkDerivations).
export function deriveFields<T extends SyncedTable>(table: T, fields: RecordFields<T>, existing: Existing): Partial<DerivedFields[keyof DerivedFields]> {
  switch (table) {
    case 'contacts': {
      const contact = fields as RecordFields<'contacts'>;
      const derived: DerivedFields['contacts'] = {
        sortName: foldText(contactDisplayName(contact)),
        searchTokens: searchTokens(contact.firstName, contact.lastName, contact.email, contact.phone?.slice(1), contact.externalId),
        identified: isIdentified(contact) ? 1 : 0,
        tagIds: keptIds(existing, 'tagIds'),
        listIds: keptIds(existing, 'listIds'),
        companyIds: keptIds(existing, 'companyIds'),
      };
      return derived;
    }
    case 'companies': {
      const company = fields as RecordFields<'companies'>;
      return { sortName: foldText(company.name), searchTokens: searchTokens(company.name, company.domain) };
    }
    case 'deals': {
      const deal = fields as RecordFields<'deals'>;
      return { sortName: foldText(deal.title), searchTokens: searchTokens(deal.title), contactIds: keptIds(existing, 'contactIds') };
    }
    default:
      return {};
  }
}

type LinkDerivation = { parentTable: SyncedTable; parentKey: string; valueKey: string; arrayField: string };

// Link rows keep an id set on their parent up to date, so views can index "contacts with tag X".
export const linkDerivations: Partial<Record<SyncedTable, LinkDerivation>> = {
  contactTags: { parentTable: 'contacts', parentKey: 'contactId', valueKey: 'tagId', arrayField: 'tagIds' },
  contactLists: { parentTable: 'contacts', parentKey: 'contactId', valueKey: 'listId', arrayField: 'listIds' },
  memberships: { parentTable: 'contacts', parentKey: 'contactId', valueKey: 'companyId', arrayField: 'companyIds' },
  dealContacts: { parentTable: 'deals', parentKey: 'dealId', valueKey: 'contactId', arrayField: 'contactIds' },
};

type LinkPair = { kind: string; leftKey: string; rightKey: string; unordered?: boolean };

// Link tables get one row id per pair (see pairId); an unordered pair is the same row whichever
// side it is written from.
export const linkPairs: Partial<Record<SyncedTable, LinkPair>> = {
  contactTags: { kind: 'ct', leftKey: 'contactId', rightKey: 'tagId' },
  contactLists: { kind: 'cl', leftKey: 'contactId', rightKey: 'listId' },
  memberships: { kind: 'cm', leftKey: 'contactId', rightKey: 'companyId' },
  dealContacts: { kind: 'dc', leftKey: 'dealId', rightKey: 'contactId' },
  duplicateDismissals: { kind: 'dd', leftKey: 'contactId', rightKey: 'otherContactId', unordered: true },
};

// The row id of the link between two records in a link table.
export function linkRowId(table: SyncedTable, leftId: string, rightId: string): string {
  const pair = linkPairs[table];
  if (!pair) throw new Error(`${table} is not a link table`);
  const [left, right] = pair.unordered ? [leftId, rightId].sort() : [leftId, rightId];
  return pairId(pair.kind, left as string, right as string);
}
