import { createVCardReader } from '../import/createVCardReader';
import { vCardColumns, type VCardColumn } from '../import/vCardColumns';
import { withoutEmpty, type CapturedFields } from './capturedFields';

const column = (row: string[], name: VCardColumn) => row[vCardColumns.indexOf(name)] ?? '';

// Every card of a vCard text (a badge's QR code or a dropped .vcf file), read by the import's
// vCard reader, as fields for the capture form.
export function readVCardCards(text: string): CapturedFields[] {
  const reader = createVCardReader();
  return [...reader.push(text), ...reader.end()].map((row) =>
    withoutEmpty({
      firstName: column(row, 'First Name'),
      lastName: column(row, 'Last Name'),
      email: column(row, 'Email'),
      phone: column(row, 'Phone'),
      company: column(row, 'Company'),
      jobTitle: column(row, 'Job Title'),
      // The form has one web address: the card's web site, else its LinkedIn profile.
      website: column(row, 'Website') || column(row, 'LinkedIn'),
      notes: column(row, 'Notes'),
    }),
  );
}
