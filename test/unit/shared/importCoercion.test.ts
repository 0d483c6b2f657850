import { describe, expect, it } from 'vitest';
import { buildImportedContact, type RowContext } from '@shared/import/buildImportedContact';
import { coerceCustomValue } from '@shared/import/coerceCell';
import { defaultValueFormat, type ImportAttribute } from '@shared/import/importTypes';
import { parseCountryCell } from '@shared/import/parseCountryCell';
import { parseDateCell } from '@shared/import/parseDateCell';
import { parseLocaleNumber } from '@shared/import/parseLocaleNumber';

const attribute = (type: ImportAttribute['type'], options: ImportAttribute['options'] = []): ImportAttribute => ({ key: 'a', label: 'A', type, options });

describe('parseLocaleNumber', () => {
  it.each([
    ['1,234.56', '.', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1 234,5', ',', 1234.5],
    ['-12', '.', -12],
    ['0.5', '.', 0.5],
    ['3e4', '.', 30000],
    ["1'000", '.', 1000],
  ] as const)('%s with %s as decimal mark is %d', (text, mark, value) => {
    expect(parseLocaleNumber(text, mark)).toEqual({ ok: true, value });
  });

  it.each([['1,5', '.'], ['12,34', '.'], ['abc', '.'], ['1.2.3', '.'], ['', '.'], ['1,234.5', ',']] as const)('refuses %s with %s', (text, mark) => {
    expect(parseLocaleNumber(text, mark).ok).toBe(false);
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2025-04-03', 'DMY', '2025-04-03'],
    ['03/04/2025', 'DMY', '2025-04-03'],
    ['03/04/2025', 'MDY', '2025-03-04'],
    ['3.4.2025', 'MDY', '2025-04-03'],
    ['3 Apr 2025', 'MDY', '2025-04-03'],
    ['April 3, 2025', 'DMY', '2025-04-03'],
    ['12/31/99', 'MDY', '1999-12-31'],
  ] as const)('%s read %s is %s', (text, order, date) => {
    expect(parseDateCell(text, order)).toMatchObject({ ok: true, date });
  });

  it('reads a time of day with am/pm and a zone', () => {
    expect(parseDateCell('2025-04-03 2:30 pm', 'DMY')).toEqual({ ok: true, date: '2025-04-03', time: '14:30:00' });
    expect(parseDateCell('2025-04-03T14:30:00+0200', 'DMY')).toEqual({ ok: true, date: '2025-04-03', time: '14:30:00+02:00' });
  });

  it.each(['31/02/2025', '13/13/2025', 'tomorrow', '2025-04-03 25:00'])('refuses %s', (text) => {
    expect(parseDateCell(text, 'DMY').ok).toBe(false);
  });
});

describe('coerceCustomValue', () => {
  it('coerces each attribute type', () => {
    const format = { ...defaultValueFormat, decimalSeparator: ',' as const };
    expect(coerceCustomValue('1.234', attribute('integer'), format)).toEqual({ ok: true, value: 1234 });
    expect(coerceCustomValue('2,5', attribute('integer'), format)).toMatchObject({ ok: false, message: '"2,5" is not a whole number' });
    expect(coerceCustomValue('Yes', attribute('boolean'), format)).toEqual({ ok: true, value: true });
    expect(coerceCustomValue('0', attribute('boolean'), format)).toEqual({ ok: true, value: false });
    expect(coerceCustomValue('maybe', attribute('boolean'), format).ok).toBe(false);
    const sizes = [{ value: 's', label: 'Small' }, { value: 'l', label: 'Large' }];
    expect(coerceCustomValue('small', attribute('choice', sizes), format)).toEqual({ ok: true, value: 's' });
    expect(coerceCustomValue('L', attribute('choice', sizes), format)).toEqual({ ok: true, value: 'l' });
    expect(coerceCustomValue('Large | s|large', attribute('multichoice', sizes), format)).toEqual({ ok: true, value: ['l', 's'] });
    expect(coerceCustomValue('Large|huge', attribute('multichoice', sizes), format)).toMatchObject({ ok: false, message: '"huge" is not one of Small, Large' });
    expect(coerceCustomValue('2025-04-03 10:00Z', attribute('datetime'), format)).toEqual({ ok: true, value: '2025-04-03T10:00:00.000Z' });
  });
});

describe('buildImportedContact', () => {
  const headers = ['Name', 'Email', 'Phone', 'Country', 'Tags', 'Score', 'Company', 'Title'];
  const context: RowContext = {
    headers,
    mapping: ['fullName', 'email', 'phone', 'country', 'tags', 'custom.score', 'company', 'jobTitle'],
    attributes: new Map([['score', { key: 'score', label: 'Score', type: 'integer', options: [] }]]),
    format: { ...defaultValueFormat, defaultCountry: 'DE' },
  };

  it('builds a contact with only the fields the row has values for', () => {
    const result = buildImportedContact(['King, Ada', ' ADA@Example.com ', '030 1234567', 'Germany', 'vip|berlin', '42', 'Analytical Engines', 'CTO'], 7, context);
    expect(result).toEqual({
      kind: 'contact',
      rowNumber: 7,
      contact: {
        fields: { firstName: 'Ada', lastName: 'King', email: 'ada@example.com', phone: '+49301234567', country: 'DE', custom: { score: 42 } },
        tagNames: ['vip', 'berlin'],
        listNames: [],
        companyName: 'Analytical Engines',
        jobTitle: 'CTO',
      },
    });
    const partial = buildImportedContact(['', 'b@example.com', '', '', '', '', '', ''], 8, context);
    expect(partial).toMatchObject({ kind: 'contact', contact: { fields: { email: 'b@example.com' } } });
  });

  it('reports every bad cell of a row with its column and reason', () => {
    const result = buildImportedContact(['Ann', 'not-an-email', '12', 'Atlantis', '', 'lots', '', ''], 3, context);
    expect(result.kind).toBe('error');
    if (result.kind !== 'error') return;
    expect(result.errors.map((error) => [error.header, error.message])).toEqual([
      ['Email', '"not-an-email" is not an email address'],
      ['Phone', '"12": This is not a valid DE phone number'],
      ['Country', '"Atlantis" is not a country name or two-letter country code'],
      ['Score', '"lots" is not a number written with "." as the decimal mark'],
    ]);
  });

  it('refuses values the contact schema refuses, on the right column, quoting only the start', () => {
    const result = buildImportedContact([`Ann ${'x'.repeat(300)}`, '', '', '', '', '', '', ''], 4, context);
    expect(result).toMatchObject({ kind: 'error', errors: [{ header: 'Name', column: 0 }] });
    if (result.kind === 'error') expect(result.errors[0]?.value.length).toBeLessThan(100);
  });

  it('calls a row without values empty', () => {
    expect(buildImportedContact(['', ' ', '', '', '', '', '', ''], 5, context)).toEqual({ kind: 'empty', rowNumber: 5 });
    expect(buildImportedContact([], 6, context)).toEqual({ kind: 'empty', rowNumber: 6 });
  });
});

describe('ragged rows', () => {
  const context: RowContext = { headers: ['Name', 'Email'], mapping: ['fullName', 'email'], attributes: new Map(), format: defaultValueFormat };

  it('reads a short row with its missing cells empty', () => {
    expect(buildImportedContact(['Ann'], 2, context)).toMatchObject({ kind: 'contact', contact: { fields: { firstName: 'Ann' } } });
  });

  it('refuses a row with values past the header, since its values may be shifted', () => {
    expect(buildImportedContact(['Ann', 'Smith', 'ann@example.com'], 3, context)).toMatchObject({
      kind: 'error',
      errors: [{ header: 'Column 3', message: 'The row has 3 cells and the header 2; is a delimiter inside an unquoted value?' }, { header: 'Email' }],
    });
    expect(buildImportedContact(['Ann', 'ann@example.com', ''], 4, context).kind).toBe('contact');
  });
});

describe('parseCountryCell', () => {
  it.each([
    ['de', 'DE'],
    ['Germany', 'DE'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['united states', 'US'],
    ['USA', 'US'],
    ['Côte d’Ivoire', 'CI'],
  ])('%s is %s', (text, code) => {
    expect(parseCountryCell(text)).toEqual({ ok: true, code });
  });

  it('refuses names and codes that are no country', () => {
    expect(parseCountryCell('Atlantis').ok).toBe(false);
    expect(parseCountryCell('EU').ok).toBe(false);
  });
});
