import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emailMatchKey } from '@shared/domain/duplicates/matchKeys';
import { defaultValueFormat } from '@shared/import/importTypes';
import { foldText } from '@shared/text/foldText';
import { importDelimiters } from '@renderer/modules/import/utils/importFileFormat';
import { runImport } from '@renderer/modules/import/utils/runImport';
import { openTestDatabase } from '../helpers/testDatabase';
import { wizardDefaults } from '../integration/import/importHelpers';

// Characters that stress CSV and the import: every delimiter, both quotes, both line breaks,
// spaces, and multi-byte ones (accented, emoji, CJK).
const stressUnits = [',', ';', '\t', '|', '"', "'", '\n', '\r', ' ', 'a', 'Z', '0', 'é', 'Ø', '€', '😀', '桜'];
const text = (maxLength: number, without = '') => fc.string({ unit: fc.constantFrom(...stressUnits.filter((unit) => !without.includes(unit))), maxLength });

// Addresses the email check takes, quotes and + included; gmail.com ones match ignoring dots and +tags.
const email = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', "'", '+', '-'), maxLength: 5 }), fc.constantFrom('a', 'Z', '9', '_', '-'), fc.constantFrom('example.com', 'gmail.com', 'mail.example.org'))
  .map(([local, last, domain]) => `${local}${last}@${domain}`);

type Person = { email: string; firstName: string; lastName: string; tags: string[]; notes: string };

// Tags are joined by the multi-value separator, so a tag name holds everything but it.
const table = fc.constantFrom('|', ';', ',').chain((separator) =>
  fc.record({
    separator: fc.constant(separator),
    people: fc.uniqueArray(fc.record({ email, firstName: text(10), lastName: text(10), tags: fc.array(text(6, separator), { maxLength: 3 }), notes: text(30) }), {
      minLength: 1,
      maxLength: 8,
      selector: (person) => emailMatchKey(person.email),
    }),
  }),
);

// A tag is one per folded name ("VIP" is "vip"), named as the file first writes it.
function expectedTags(people: Person[]): (person: Person) => string[] {
  const named = new Map<string, string>();
  const namesOf = (person: Person) => person.tags.map((tag) => tag.trim()).filter(Boolean);
  for (const name of people.flatMap(namesOf)) if (!named.has(foldText(name))) named.set(foldText(name), name);
  return (person) => [...new Set(namesOf(person).map((name) => named.get(foldText(name)) as string))].sort();
}

describe('importing contacts from CSV', () => {
  it('any table of contacts papaparse writes, with any delimiter and quoting, is stored field for field', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(...importDelimiters), fc.boolean(), async ({ separator, people }, delimiter, quotes) => {
        const rows = people.map((person) => [person.email, person.firstName, person.lastName, person.tags.join(separator), person.notes]);
        const file = new Blob([Papa.unparse([['Email', 'First Name', 'Last Name', 'Tags', 'Notes'], ...rows], { delimiter, quotes })]);
        const { db, mutations } = await openTestDatabase();
        try {
          // The wizard's own detection of the delimiter and mapping of the columns.
          const settings = await wizardDefaults(db, file, { valueFormat: { ...defaultValueFormat, multiValueSeparator: separator } });
          const job = await runImport(db, mutations, file, 'people.csv', settings, { dryRun: false });
          expect(job.summary.failedRows).toEqual([]);
          expect(job.summary.counts).toEqual({ created: people.length, updated: 0, merged: 0, skipped: 0, failed: 0 });

          const tagNames = new Map((await db.tags.toArray()).map((tag) => [tag.id, tag.name]));
          const stored = (await db.contacts.toArray()).map((contact) => ({
            email: contact.email,
            firstName: contact.firstName,
            lastName: contact.lastName,
            tags: contact.tagIds.map((id) => tagNames.get(id)).sort(),
            notes: contact.about,
          }));
          const tagsOf = expectedTags(people);
          // Names are trimmed; a note is kept exactly unless it is only blanks.
          const expected = people.map((person) => ({ email: person.email.toLowerCase(), firstName: person.firstName.trim(), lastName: person.lastName.trim(), tags: tagsOf(person), notes: person.notes.trim() ? person.notes : '' }));
          const byEmail = (a: { email: string | null }, b: { email: string | null }) => String(a.email).localeCompare(String(b.email));
          expect(stored.sort(byEmail)).toEqual(expected.sort(byEmail));
        } finally {
          db.close();
        }
      }),
      { numRuns: 30 },
    );
  });
});
