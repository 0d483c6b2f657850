import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '@shared/import/autoMapColumns';
import { companyDomainOf } from '@shared/import/companyDomainOf';
import { findHeaderRow } from '@shared/import/findHeaderRow';
import { firstLineBreak } from '@shared/import/firstLineBreak';
import { defaultValueFormat } from '@shared/import/importTypes';
import { suggestAttributeType } from '@shared/import/suggestAttributeType';
import { splitFullName } from '@shared/import/splitFullName';

describe('autoMapColumns', () => {
  it('maps Google Contacts headers', () => {
    expect(autoMapColumns(['First Name', 'Last Name', 'E-mail 1 - Label', 'E-mail 1 - Value', 'Phone 1 - Value', 'Organization Name', 'Organization Title', 'Labels', 'Notes'], [])).toEqual([
      'firstName',
      'lastName',
      null,
      'email',
      'phone',
      'company',
      'jobTitle',
      'tags',
      'about',
    ]);
  });

  it('maps Outlook headers, preferring the mobile phone and the job title over the salutation', () => {
    const mapping = autoMapColumns(['Title', 'First Name', 'Last Name', 'Job Title', 'Company', 'E-mail Address', 'Business Phone', 'Mobile Phone', 'Business City', 'Categories'], []);
    expect(mapping).toEqual([null, 'firstName', 'lastName', 'jobTitle', 'company', 'email', null, 'phone', 'city', 'tags']);
  });

  it('maps HubSpot, Salesforce and LinkedIn headers', () => {
    expect(autoMapColumns(['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Country/Region', 'Lifecycle Stage'], [])).toEqual([
      'externalId',
      'firstName',
      'lastName',
      'email',
      'phone',
      'country',
      'status',
    ]);
    expect(autoMapColumns(['Contact ID', 'First Name', 'Last Name', 'Title', 'Account Name', 'Mailing City', 'Lead Source'], [])).toEqual([
      'externalId',
      'firstName',
      'lastName',
      'jobTitle',
      'company',
      'city',
      'source',
    ]);
    expect(autoMapColumns(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'], [])).toEqual([
      'firstName',
      'lastName',
      'linkedin',
      'email',
      'company',
      'jobTitle',
      null,
    ]);
  });

  it('prefers a custom attribute named like the column, and uses a full name only without first and last names', () => {
    const attributes = [{ key: 'shoe_size', label: 'Shoe size', type: 'integer' as const, options: [] }];
    expect(autoMapColumns(['Name', 'Shoe Size', 'Status'], attributes)).toEqual(['fullName', 'custom.shoe_size', 'status']);
    expect(autoMapColumns(['Name', 'First name'], [])).toEqual([null, 'firstName']);
  });
});

describe('splitFullName', () => {
  it.each([
    ['Ada Lovelace', 'Ada', 'Lovelace'],
    ['Lovelace, Ada', 'Ada', 'Lovelace'],
    ['Dr. Ada King', 'Ada', 'King'],
    ['Ada King, PhD', 'Ada', 'King'],
    ['Mary Ann Evans', 'Mary Ann', 'Evans'],
    ['Ludwig van Beethoven Jr.', 'Ludwig', 'van Beethoven'],
    ['Cher', 'Cher', ''],
    ['  ', '', ''],
  ])('%s', (fullName, firstName, lastName) => {
    expect(splitFullName(fullName)).toEqual({ firstName, lastName });
  });
});

describe('firstLineBreak', () => {
  it.each([
    ['a,b\r\nc,d', false, '\r\n'],
    ['a,b\nc,d', false, '\n'],
    ['a,b\rc,d', false, '\r'],
    ['"x\ny",b\r\nc', false, '\r\n'],
    ['a,b\r', false, null],
    ['a,b\r', true, '\r'],
    ['a,"b\n', false, null],
    ['a,b', true, '\n'],
  ] as const)('%j (complete: %s) breaks lines with %j', (text, complete, lineBreak) => {
    expect(firstLineBreak(text, complete)).toBe(lineBreak);
  });
});

describe('suggestAttributeType', () => {
  it.each([
    [['yes', 'no', ''], 'boolean'],
    [['1', '0', '1'], 'integer'],
    [['12', '1,000'], 'integer'],
    [['12.5', '3'], 'float'],
    [['2025-01-02', '03/04/2025'], 'date'],
    [['2025-01-02 10:00', '2025-01-03'], 'datetime'],
    [['Berlin', '12'], 'text'],
    [['', ' '], 'text'],
  ] as const)('%j is %s', (values, type) => {
    expect(suggestAttributeType(values, defaultValueFormat)).toBe(type);
  });
});

describe('companyDomainOf', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['https://www.Acme.co.uk/about', 'acme.co.uk'],
    ['Acme Inc.', null],
    ['Analytical Engines', null],
  ])('%s is %s', (text, domain) => {
    expect(companyDomainOf(text)).toBe(domain);
  });
});

describe('findHeaderRow', () => {
  it('skips the notes some exports start with', () => {
    expect(findHeaderRow([['Notes:'], ['When exporting your connection data…'], [''], ['First Name', 'Last Name', 'URL'], ['Tim', 'Berners-Lee', 'https://…']])).toBe(3);
  });

  it('takes the first row otherwise, also for a file of one column', () => {
    expect(findHeaderRow([['Email', 'Name'], ['a@example.com', '']])).toBe(0);
    expect(findHeaderRow([['Email'], ['a@example.com']])).toBe(0);
    expect(findHeaderRow([])).toBe(0);
  });
});
