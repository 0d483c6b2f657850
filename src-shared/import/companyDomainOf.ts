// A company cell that is a web address rather than a name ("acme.com", "https://www.acme.com/")
// names the company by its domain; null for a name ("Acme Inc.").
export function companyDomainOf(text: string): string | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
  return /^([a-z0-9-]+\.)+[a-z]{2,}$/.test(host) ? host : null;
}
