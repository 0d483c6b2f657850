import { describe, expect, it } from 'vitest';
import { parseScanPayload } from '@shared/capture/parseScanPayload';
import { parseSignature } from '@shared/capture/parseSignature';
import { readVCardCards } from '@shared/capture/readVCardCards';
import { createVCardReader } from '@shared/import/createVCardReader';
import { vCardColumns } from '@shared/import/vCardColumns';

describe('badge scan payloads', () => {
  it('reads a vCard badge into the form fields', () => {
    const payload = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nEMAIL;TYPE=INTERNET:ada@example.com\r\nTEL:+44 20 7946 0958\r\nORG:Analytical Engines\r\nTITLE:Mathematician\r\nEND:VCARD\r\n';
    expect(parseScanPayload(payload)).toEqual({
      format: 'vcard',
      fields: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0958', company: 'Analytical Engines', jobTitle: 'Mathematician' },
    });
  });

  it('reads a MECARD with escaped separators', () => {
    expect(parseScanPayload('MECARD:N:Doe,Jane;TEL:+4930123456;EMAIL:jane@example.com;ORG:Doe\\; Sons;URL:https://doe.example;NOTE:Met at booth 4\\: demo;;')).toEqual({
      format: 'mecard',
      fields: { firstName: 'Jane', lastName: 'Doe', email: 'jane@example.com', phone: '+4930123456', company: 'Doe; Sons', website: 'https://doe.example', notes: 'Met at booth 4: demo' },
    });
  });

  it('takes a web address as the website', () => {
    expect(parseScanPayload('https://www.linkedin.com/in/ada-lovelace')).toEqual({ format: 'url', fields: { website: 'https://www.linkedin.com/in/ada-lovelace' } });
  });

  it('reads plain text with an email like a signature', () => {
    expect(parseScanPayload('Grace Hopper grace@navy.example')).toEqual({ format: 'text', fields: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' } });
    expect(parseScanPayload('Grace Hopper\ngrace@navy.example').fields).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });
  });

  it('reads the name beside the address in "Name <address>", and only a name', () => {
    expect(parseScanPayload('Grace Hopper <grace@navy.example>').fields).toEqual({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });
    expect(parseScanPayload('"Grace Hopper" <mailto:grace@navy.example>').fields).toEqual({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });
    expect(parseScanPayload('Email me at grace@navy.example').fields).toEqual({ email: 'grace@navy.example' });
    expect(parseScanPayload('E-Mail: grace@navy.example').fields).toEqual({ email: 'grace@navy.example' });
  });

  it('keeps an unknown payload whole in notes', () => {
    expect(parseScanPayload('  ATTENDEE#88213-EXPO  ')).toEqual({ format: 'unknown', fields: { notes: 'ATTENDEE#88213-EXPO' } });
    expect(parseScanPayload('BEGIN:VCARD\nno end').format).toBe('unknown');
  });
});

describe('pasted signatures and business cards', () => {
  it('reads a classic signature block with a closing line and labels', () => {
    const text = ['Best regards,', '', 'Jane Doe', 'Head of Marketing', 'Acme GmbH', 'Tel: +49 30 1234567', 'Fax: +49 30 1234568', 'jane.doe@acme.de', 'www.acme.de'].join('\n');
    expect(parseSignature(text)).toEqual({ firstName: 'Jane', lastName: 'Doe', jobTitle: 'Head of Marketing', company: 'Acme GmbH', phone: '+49 30 1234567', email: 'jane.doe@acme.de', website: 'www.acme.de' });
  });

  it('reads a one-line signature separated by pipes', () => {
    expect(parseSignature('Sam Carter | Senior Engineer | Initech Inc. | +1 415 555 0132 | sam@initech.com | https://initech.com')).toEqual({
      firstName: 'Sam',
      lastName: 'Carter',
      jobTitle: 'Senior Engineer',
      company: 'Initech Inc.',
      phone: '+1 415 555 0132',
      email: 'sam@initech.com',
      website: 'https://initech.com',
    });
  });

  it('reads "Name, Title", a company without a legal form and dotted contact lines', () => {
    const text = '--\nMarco Rossi, CTO\nPixelwerk\nM +39 347 123 4567 · marco@pixelwerk.it · pixelwerk.it';
    expect(parseSignature(text)).toEqual({ firstName: 'Marco', lastName: 'Rossi', jobTitle: 'CTO', company: 'Pixelwerk', phone: '+39 347 123 4567', email: 'marco@pixelwerk.it', website: 'pixelwerk.it' });
  });

  it('reads a business card in capitals with an honorific and a street address', () => {
    const text = 'DR. ANNA SCHMIDT\nSales Director EMEA\nNordlicht Solutions AG\nHafenstraße 12, 20457 Hamburg\nMobile: 0171 2345678\nE-Mail: a.schmidt@nordlicht.example\nWeb: https://nordlicht.example/team';
    expect(parseSignature(text)).toEqual({
      firstName: 'ANNA',
      lastName: 'SCHMIDT',
      jobTitle: 'Sales Director EMEA',
      company: 'Nordlicht Solutions AG',
      phone: '0171 2345678',
      email: 'a.schmidt@nordlicht.example',
      website: 'https://nordlicht.example/team',
    });
  });

  it('finds nothing in text without contact details', () => {
    expect(parseSignature('')).toEqual({});
  });
});

describe('web addresses on vCards', () => {
  it('keeps a badge’s non-LinkedIn URL as the website', () => {
    const payload = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Byte;Bea;;;\r\nEMAIL:bea@company.example\r\nURL:https://company.example\r\nEND:VCARD\r\n';
    expect(parseScanPayload(payload)).toEqual({ format: 'vcard', fields: { firstName: 'Bea', lastName: 'Byte', email: 'bea@company.example', website: 'https://company.example' } });
  });

  it('prefers the web site over a LinkedIn profile on the same card, in either order', () => {
    const card = (urls: string[]) => ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Cy Cache', ...urls.map((url) => `URL:${url}`), 'END:VCARD', ''].join('\n');
    const urls = ['https://www.linkedin.com/in/cy', 'https://company.example/team'];
    expect(readVCardCards(card(urls))[0]?.website).toBe('https://company.example/team');
    expect(readVCardCards(card([...urls].reverse()))[0]?.website).toBe('https://company.example/team');
  });

  it('reads a .vcf file’s web site for the import too, beside the LinkedIn column', () => {
    const reader = createVCardReader();
    const [row = []] = [...reader.push('BEGIN:VCARD\nN:Dot;Dee\nURL:https://www.linkedin.com/in/dee\nitem1.URL;TYPE=work:https://dot.example\nEND:VCARD\n'), ...reader.end()];
    expect(row[vCardColumns.indexOf('LinkedIn')]).toBe('https://www.linkedin.com/in/dee');
    expect(row[vCardColumns.indexOf('Website')]).toBe('https://dot.example');
  });
});

describe('dropped vCard files', () => {
  it('gives one set of fields per card', () => {
    const text = 'BEGIN:VCARD\nVERSION:4.0\nFN:Grace Hopper\nEMAIL:grace@example.com\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:King;Ada\nURL:https://www.linkedin.com/in/ada\nEND:VCARD\n';
    expect(readVCardCards(text)).toEqual([
      { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' },
      { firstName: 'Ada', lastName: 'King', website: 'https://www.linkedin.com/in/ada' },
    ]);
  });
});
