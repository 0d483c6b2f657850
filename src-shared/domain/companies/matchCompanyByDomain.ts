import { domainAndParents, emailDomainOf, isFreeMailDomain, normalizeCompanyDomain } from './emailDomain';

export type DomainCompany = { id: string; domain: string };

// Company ids by normalised domain; when two companies share a domain the first given wins, so
// callers pass them in a stable order (oldest first).
export function indexCompaniesByDomain(companies: Iterable<DomainCompany>): Map<string, string> {
  const byDomain = new Map<string, string>();
  for (const company of companies) {
    const domain = normalizeCompanyDomain(company.domain);
    if (domain && !byDomain.has(domain)) byDomain.set(domain, company.id);
  }
  return byDomain;
}

// The company an email address belongs to by its domain: the most specific match among the
// domain and its parents (an address at sales.acme.com belongs to acme.com), never free mail.
export function matchCompanyByEmail(email: string | null | undefined, companiesByDomain: ReadonlyMap<string, string>): string | null {
  const domain = emailDomainOf(email);
  if (!domain || isFreeMailDomain(domain)) return null;
  for (const candidate of domainAndParents(domain)) {
    const companyId = companiesByDomain.get(candidate);
    if (companyId) return companyId;
  }
  return null;
}
