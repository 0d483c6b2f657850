import { companyNameFromDomain, emailDomainOf, isFreeMailDomain, registrableDomain } from './emailDomain';
import { matchCompanyByEmail } from './matchCompanyByDomain';

export type AssignableContact = { id: string; email: string | null; companyIds: readonly string[] };
export type PlannedCompany = { id: string; domain: string; name: string };
export type PlannedMembership = { contactId: string; companyId: string; primary: boolean };
export type DomainAssignmentPlan = { newCompanies: PlannedCompany[]; memberships: PlannedMembership[] };

export type DomainAssignmentOptions = {
  // Create a company for a work domain no company has (named after the domain).
  createCompanies: boolean;
  newId: () => string;
};

// Which company each contact joins by its email domain. A contact already at that company is
// left alone; a contact at no company yet gets it as its primary one. Contacts of one new
// domain share one new company.
export function planDomainAssignments(contacts: readonly AssignableContact[], companiesByDomain: ReadonlyMap<string, string>, options: DomainAssignmentOptions): DomainAssignmentPlan {
  const created = new Map<string, PlannedCompany>();
  const memberships: PlannedMembership[] = [];
  for (const contact of contacts) {
    let companyId = matchCompanyByEmail(contact.email, companiesByDomain);
    const domain = emailDomainOf(contact.email);
    if (!companyId && options.createCompanies && domain && !isFreeMailDomain(domain)) {
      const registrable = registrableDomain(domain);
      let company = created.get(registrable);
      if (!company) created.set(registrable, (company = { id: options.newId(), domain: registrable, name: companyNameFromDomain(registrable) }));
      companyId = company.id;
    }
    if (companyId && !contact.companyIds.includes(companyId)) memberships.push({ contactId: contact.id, companyId, primary: contact.companyIds.length === 0 });
  }
  return { newCompanies: [...created.values()], memberships };
}
