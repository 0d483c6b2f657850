import { describe, expect, it } from 'vitest';
import { contactToVCard, type VCardContact } from '@shared/export/contactToVCard';
import { spreadsheetFormulaPattern } from '@shared/export/spreadsheetFormulaPattern';

describe('spreadsheetFormulaPattern', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+SUM(A1:A9)', '-2+3+cmd|"/C calc"!A0', '@SUM(A1)', '\t=1+1', '\r=1+1'])('matches the formula %j', (cell) => {
    expect(spreadsheetFormulaPattern.test(cell)).toBe(true);
  });

  it.each(['+4930123456', '-42', '3.5', '-1,5', 'Zoë', '', 'a=b', 'name@example.com'])('leaves %j alone', (cell) => {
    expect(spreadsheetFormulaPattern.test(cell)).toBe(false);
  });
});

const zoe: VCardContact = {
  id: '01J0',
  firstName: 'Zoë',
  lastName: 'Müller; Sr.',
  email: 'zoe@example.com',
  phone: '+4930123456',
  city: 'Berlin',
  country: 'DE',
  about: 'Met at Expo, wants a demo,\nthen pricing',
  organization: 'Acme, Inc.',
  title: 'CTO',
  updatedAt: '2026-12-04T10:15:00.000Z',
  socialProfiles: { linkedin: 'https://www.linkedin.com/in/zoe' },
};

describe('contactToVCard', () => {
  it('writes a vCard 4 with escaped text and the phone as a tel: URI', () => {
    const card = contactToVCard(zoe);
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:urn:outpost:contact:01J0',
      'FN:Zoë Müller\\; Sr.',
      'N:Müller\\; Sr.;Zoë;;;',
      'EMAIL;TYPE=work:zoe@example.com',
      'TEL;VALUE=uri;TYPE=cell:tel:+4930123456',
      'ORG:Acme\\, Inc.',
      'TITLE:CTO',
      'ADR;TYPE=work:;;;Berlin;;;DE',
      'X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/zoe',
      'NOTE:Met at Expo\\, wants a demo\\,\\nthen pricing',
      'REV:20261204T101500Z',
      'END:VCARD',
    ]);
  });

  it('folds lines over 75 octets without splitting a character', () => {
    const card = contactToVCard({ ...zoe, about: 'ü'.repeat(100) });
    const note = card.split('\r\n').filter((line) => line.startsWith('NOTE:') || line.startsWith(' '));
    for (const line of note) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(note.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`NOTE:${'ü'.repeat(100)}`);
  });

  it('names an anonymous card by its email or phone and leaves out empty fields', () => {
    const card = contactToVCard({ ...zoe, firstName: '', lastName: '', organization: '', title: '', city: '', country: '', about: '', socialProfiles: {} });
    expect(card).toContain('FN:zoe@example.com');
    expect(card).not.toMatch(/ORG|TITLE|ADR|NOTE/);
  });
});
