// Free-mail providers: their domains say nothing about where someone works, so a contact is
// never matched to a company by them (nor is a company created for them).
export const freeMailDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'hotmail.de',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'mail.com',
  'mail.ru',
  'yandex.com',
  'yandex.ru',
  'zoho.com',
  'fastmail.com',
  'tutanota.com',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
]);

// Second-level labels under which organisations register (acme.co.uk, acme.com.au).
const registrySecondLevels = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or']);

// The lower-cased domain of an email address, or null when there is none.
export function emailDomainOf(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  if (!email || at < 0) return null;
  const domain = email.slice(at + 1).trim().toLowerCase().replace(/\.$/, '');
  return domain.includes('.') ? domain : null;
}

// A company's domain as written for matching: "www." is not part of who the company is.
export function normalizeCompanyDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^www\./, '');
}

// The domain and each parent down to two labels, most specific first:
// eu.sales.acme.com -> eu.sales.acme.com, sales.acme.com, acme.com.
export function domainAndParents(domain: string): string[] {
  const labels = domain.split('.');
  const candidates: string[] = [];
  for (let start = 0; start <= labels.length - 2; start += 1) candidates.push(labels.slice(start).join('.'));
  return candidates;
}

// Free mail also on a provider's subdomains (mail.yahoo.com) and regional variants listed above.
export function isFreeMailDomain(domain: string): boolean {
  return domainAndParents(domain.toLowerCase()).some((candidate) => freeMailDomains.has(candidate));
}

// The part of a domain an organisation registered: sales.acme.com -> acme.com, mail.acme.co.uk
// -> acme.co.uk. A heuristic (no public suffix list), used only to name a company to create.
export function registrableDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  const secondLevel = labels.at(-2) ?? '';
  const keep = labels.length >= 3 && registrySecondLevels.has(secondLevel) && (labels.at(-1)?.length ?? 0) === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

// acme-corp.co.uk -> "Acme-corp": a starting point the user can rename.
export function companyNameFromDomain(domain: string): string {
  const label = registrableDomain(domain).split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
