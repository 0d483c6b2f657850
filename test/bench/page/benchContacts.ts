import type { RecordInput } from '@shared/domain/recordSchemas';

const firstNames = ['Ann', 'Zoë', 'Liam', 'Noah', 'Mia', 'Ava', 'Omar', 'Yuki', 'Élodie', 'Jonas', 'Priya', 'Mateo', 'Sofia', 'Kwame', 'Lena', 'Ivan'];
const lastNames = ['Lee', 'Ødegård', 'Schmidt', 'García', 'Nakamura', 'Okafor', 'Rossi', 'Novak', 'Dubois', 'Silva', 'Kowalski', 'Müller', 'Patel', 'Kim'];
const cities = ['Berlin', 'Oslo', 'Lyon', 'Austin', 'Osaka', 'Lagos', 'Porto', 'Kraków'];
const countries = ['DE', 'NO', 'FR', 'US', 'JP', 'NG', 'PT', 'PL'];

// Cheap, deterministic contacts shaped like real ones (15 fields, custom values, phones).
export function benchContacts(count: number): Array<RecordInput<'contacts'>> {
  return Array.from({ length: count }, (_, index) => {
    const first = firstNames[index % firstNames.length] as string;
    const last = lastNames[(index * 7) % lastNames.length] as string;
    return {
      firstName: first,
      lastName: last,
      email: `${first.normalize('NFKD').replace(/[^\w]/g, '').toLowerCase()}.${index}@example${index % 97}.test`,
      phone: `+4930${String(1_000_000 + index).padStart(7, '0')}`,
      status: index % 5 === 0 ? 'customer' : 'lead',
      city: cities[index % cities.length] as string,
      country: countries[index % countries.length] as string,
      source: 'bench',
      custom: { score: index % 100, vip: index % 11 === 0 },
    };
  });
}
