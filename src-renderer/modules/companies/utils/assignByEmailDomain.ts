import { domainAndParents, emailDomainOf, isFreeMailDomain } from '@shared/domain/companies/emailDomain';
import { indexCompaniesByDomain } from '@shared/domain/companies/matchCompanyByDomain';
import { planDomainAssignments } from '@shared/domain/companies/planDomainAssignments';
import { newId } from '@shared/ids';
import { linkRowId } from '../../../db/derivedFields';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import type { DomainAssignmentSetting } from './domainAssignmentSetting';

// Every domain a company may be stored under for these addresses: the address's domain and its
// parents, with and without "www." (company domains are read through their index, no scan).
function companyDomainKeys(emails: ReadonlyArray<string | null>): string[] {
  const keys = new Set<string>();
  for (const email of emails) {
    const domain = emailDomainOf(email);
    if (!domain || isFreeMailDomain(domain)) continue;
    for (const candidate of domainAndParents(domain)) keys.add(candidate).add(`www.${candidate}`);
  }
  return [...keys];
}

// Adds the contacts to the company their email domain names (creating it when the setting
// says so). A pair that ever existed is left alone, so a membership someone removed is not
// brought back. Returns the number of memberships written.
export async function assignByEmailDomain(db: OutpostDb, mutations: MutationLayer, contactIds: readonly string[], setting: DomainAssignmentSetting): Promise<number> {
  if (!setting.enabled || contactIds.length === 0) return 0;
  const contacts = (await db.contacts.bulkGet([...contactIds])).filter((contact): contact is StoredRecord<'contacts'> => contact !== undefined && !contact.deleted && Boolean(contact.email));
  const domainKeys = companyDomainKeys(contacts.map((contact) => contact.email));
  if (domainKeys.length === 0) return 0;
  const companies = (await db.companies.where('domain').anyOf(domainKeys).toArray()).filter((company) => !company.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const plan = planDomainAssignments(
    contacts,
    indexCompaniesByDomain(companies),
    { createCompanies: setting.createCompanies, newId },
  );
  const existing = await db.memberships.bulkGet(plan.memberships.map((membership) => linkRowId('memberships', membership.contactId, membership.companyId)));
  const memberships = plan.memberships.filter((_, index) => existing[index] === undefined);
  const usedCompanyIds = new Set(memberships.map((membership) => membership.companyId));
  const newCompanies = plan.newCompanies.filter((company) => usedCompanyIds.has(company.id));
  if (newCompanies.length > 0) await mutations.createMany('companies', newCompanies);
  if (memberships.length > 0) await mutations.createMany('memberships', memberships.map((membership) => ({ ...membership, role: '', since: null })));
  return memberships.length;
}
