import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVCardReader } from '@shared/import/createVCardReader';
import { vCardColumns } from '@shared/import/vCardColumns';

const vcf = readFileSync(resolve(import.meta.dirname, '../../fixtures/import/contacts.vcf'), 'utf8');

function readWhole(text: string): Array<Record<string, string>> {
  const reader = createVCardReader();
  const rows = [...reader.push(text), ...reader.end()];
  return rows.map((row) => Object.fromEntries(vCardColumns.map((column, index) => [column, row[index] ?? ''])));
}

describe('reading vCards', () => {
  const cards = readWhole(vcf);

  it('reads vCard 3: structured name, preferred email, address, escaped and folded note, categories, LinkedIn; photos ignored', () => {
    expect(cards[0]).toEqual({
      'First Name': 'Ada',
      'Last Name': 'Lovelace',
      Email: 'ada@example.com',
      Phone: '+44 20 7946 0958',
      Company: 'Analytical Engines',
      'Job Title': 'Mathematician',
      Notes: "First programmer, and a poet's daughter.\nWrote the first algorithm for a machine.",
      City: 'London',
      Country: 'United Kingdom',
      Categories: 'Friends|VIP',
      LinkedIn: 'https://www.linkedin.com/in/ada',
      Website: '',
    });
  });

  it('reads vCard 4 (name from FN, tel: URIs) and 2.1 quoted-printable text', () => {
    expect(cards[1]).toMatchObject({ 'First Name': 'Grace Brewster', 'Last Name': 'Hopper', Email: 'grace@example.com', Phone: '+1-202-555-0143' });
    expect(cards[2]).toMatchObject({ 'First Name': 'Zoë', 'Last Name': 'Ødegård', Email: 'zoe@example.no', Notes: 'Bor i Tromsø, snakker norsk og engelsk' });
    expect(cards).toHaveLength(4);
  });

  it('gives the same cards however the text is cut into pieces', () => {
    for (let cut = 0; cut <= vcf.length; cut += 7) {
      const reader = createVCardReader();
      const rows = [...reader.push(vcf.slice(0, cut)), ...reader.push(vcf.slice(cut)), ...reader.end()];
      expect(rows.map((row) => Object.fromEntries(vCardColumns.map((column, index) => [column, row[index]])))).toEqual(cards);
    }
  });
});
