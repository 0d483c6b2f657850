import { describe, expect, it } from 'vitest';
import { companyNameFromDomain, emailDomainOf, isFreeMailDomain, registrableDomain } from '@shared/domain/companies/emailDomain';
import { indexCompaniesByDomain, matchCompanyByEmail } from '@shared/domain/companies/matchCompanyByDomain';
import { planDomainAssignments } from '@shared/domain/companies/planDomainAssignments';

const companies = indexCompaniesByDomain([
  { id: 'acme', domain: 'acme.com' },
  { id: 'acme-eu', domain: 'eu.acme.com' },
  { id: 'globex', domain: 'www.Globex.co.uk' },
  { id: 'second-acme', domain: 'acme.com' },
  { id: 'no-domain', domain: '' },
]);

describe('matching an email to a company by its domain', () => {
  it('matches the exact domain, in any case', () => {
    expect(matchCompanyByEmail('ann@acme.com', companies)).toBe('acme');
    expect(matchCompanyByEmail('Ann@ACME.Com', companies)).toBe('acme');
  });

  it('matches a subdomain to its parent, the most specific company first', () => {
    expect(matchCompanyByEmail('bob@sales.acme.com', companies)).toBe('acme');
    expect(matchCompanyByEmail('eve@eu.acme.com', companies)).toBe('acme-eu');
    expect(matchCompanyByEmail('eve@paris.eu.acme.com', companies)).toBe('acme-eu');
  });

  it('ignores www. on the company domain and keeps the first of two companies with one domain', () => {
    expect(matchCompanyByEmail('kim@globex.co.uk', companies)).toBe('globex');
    expect(matchCompanyByEmail('kim@acme.com', companies)).toBe('acme');
  });

  it('never matches a different domain that merely ends the same', () => {
    expect(matchCompanyByEmail('joe@notacme.com', companies)).toBeNull();
    expect(matchCompanyByEmail('joe@acme.com.evil.org', companies)).toBeNull();
  });

  it('never matches free mail, even when a company claims the domain', () => {
    const withGmail = indexCompaniesByDomain([{ id: 'google', domain: 'gmail.com' }, { id: 'yahoo', domain: 'yahoo.com' }]);
    expect(matchCompanyByEmail('ann@gmail.com', withGmail)).toBeNull();
    expect(matchCompanyByEmail('ann@GMAIL.COM', withGmail)).toBeNull();
    expect(matchCompanyByEmail('ann@mail.yahoo.com', withGmail)).toBeNull();
    expect(isFreeMailDomain('outlook.com')).toBe(true);
    expect(isFreeMailDomain('yahoo.co.uk')).toBe(true);
    expect(isFreeMailDomain('acme.com')).toBe(false);
  });

  it('needs an address with a domain', () => {
    expect(emailDomainOf(null)).toBeNull();
    expect(emailDomainOf('no-at-sign')).toBeNull();
    expect(emailDomainOf('local@localhost')).toBeNull();
    expect(emailDomainOf('a@B.Example.ORG')).toBe('b.example.org');
  });
});

describe('naming a company after a domain', () => {
  it('keeps the part an organisation registered', () => {
    expect(registrableDomain('sales.acme.com')).toBe('acme.com');
    expect(registrableDomain('mail.acme.co.uk')).toBe('acme.co.uk');
    expect(registrableDomain('acme.io')).toBe('acme.io');
    expect(companyNameFromDomain('mail.acme-corp.co.uk')).toBe('Acme-corp');
  });
});

describe('planning assignments by domain', () => {
  let counter = 0;
  const newId = () => `new-${(counter += 1)}`;

  it('assigns matching contacts, primary only for a first company, and skips those already there', () => {
    const plan = planDomainAssignments(
      [
        { id: 'c1', email: 'ann@acme.com', companyIds: [] },
        { id: 'c2', email: 'bob@acme.com', companyIds: ['globex'] },
        { id: 'c3', email: 'cat@acme.com', companyIds: ['acme'] },
        { id: 'c4', email: 'dan@gmail.com', companyIds: [] },
        { id: 'c5', email: 'eve@unknown.org', companyIds: [] },
      ],
      companies,
      { createCompanies: false, newId },
    );
    expect(plan.newCompanies).toEqual([]);
    expect(plan.memberships).toEqual([
      { contactId: 'c1', companyId: 'acme', primary: true },
      { contactId: 'c2', companyId: 'acme', primary: false },
    ]);
  });

  it('creates one company per new work domain when asked, never for free mail', () => {
    const plan = planDomainAssignments(
      [
        { id: 'c1', email: 'ann@initech.com', companyIds: [] },
        { id: 'c2', email: 'bob@it.initech.com', companyIds: [] },
        { id: 'c3', email: 'dan@outlook.com', companyIds: [] },
      ],
      companies,
      { createCompanies: true, newId: () => 'initech' },
    );
    expect(plan.newCompanies).toEqual([{ id: 'initech', domain: 'initech.com', name: 'Initech' }]);
    expect(plan.memberships.map((membership) => membership.contactId)).toEqual(['c1', 'c2']);
  });
});
