import { companyDomainOf } from '@shared/import/companyDomainOf';
import { foldText } from '@shared/text/foldText';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';

export type NamedTable = 'tags' | 'lists' | 'companies';

// Ids of tags, lists and companies by folded name ("VIP" is "vip"), remembered for the whole
// import; what does not exist yet is created.
export type NamedIdCache = Record<NamedTable, Map<string, string> | null>;

export function emptyNamedIdCache(): NamedIdCache {
  return { tags: null, lists: null, companies: null };
}

// Tags and lists are few and read whole; companies may be many and are read as needed, by
// domain when the cell is a web address, else by name.
async function knownIds(db: OutpostDb, table: NamedTable, cache: NamedIdCache, names: string[]): Promise<Map<string, string>> {
  if (table !== 'companies') {
    cache[table] ??= new Map((await db[table].toArray()).filter((row) => !row.deleted).map((row) => [foldText(row.name), row.id]));
    return cache[table];
  }
  const known = (cache.companies ??= new Map());
  // One query per index for the chunk's new names; the first company of a key in id order wins.
  const keysByDomain = new Map<string, string[]>();
  const nameKeys = new Set<string>();
  for (const name of names) {
    const key = foldText(name);
    if (known.has(key)) continue;
    const domain = companyDomainOf(name);
    if (domain) keysByDomain.set(domain, [...(keysByDomain.get(domain) ?? []), key]);
    else nameKeys.add(key);
  }
  if (keysByDomain.size > 0) {
    const found = await db.companies.where('domain').anyOf([...keysByDomain.keys()]).filter((company) => !company.deleted).toArray();
    for (const company of found) for (const key of keysByDomain.get(company.domain) ?? []) if (!known.has(key)) known.set(key, company.id);
  }
  if (nameKeys.size > 0) {
    const found = await db.companies.where('[deleted+sortName]').anyOf([...nameKeys].map((key) => [0, key])).toArray();
    for (const company of found) if (!known.has(company.sortName)) known.set(company.sortName, company.id);
  }
  return known;
}

function newRecord(table: NamedTable, name: string): { name: string; domain?: string } {
  const domain = table === 'companies' ? companyDomainOf(name) : null;
  return domain ? { name: domain, domain } : { name };
}

export async function resolveNamedIds(db: OutpostDb, mutations: MutationLayer, table: NamedTable, names: string[], cache: NamedIdCache): Promise<Map<string, string>> {
  const known = await knownIds(db, table, cache, names);
  const missing = new Map<string, string>();
  for (const name of names) if (!known.has(foldText(name)) && !missing.has(foldText(name))) missing.set(foldText(name), name);
  if (missing.size > 0) {
    const ids = await mutations.createMany(table, [...missing.values()].map((name) => newRecord(table, name)));
    [...missing.keys()].forEach((key, index) => known.set(key, ids[index] as string));
  }
  return known;
}
