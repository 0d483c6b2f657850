import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '@shared/domain/duplicates/duplicateTypes';
import { findDuplicatePairs } from '@shared/domain/duplicates/findDuplicatePairs';
import { findDuplicates } from '@shared/domain/duplicates/findDuplicates';
import { groupDuplicatePairs } from '@shared/domain/duplicates/groupDuplicatePairs';
import { emailMatchKey, nameMatchKey } from '@shared/domain/duplicates/matchKeys';
import { namesAreSimilar, nameVariants } from '@shared/domain/duplicates/similarNames';

function contact(id: string, fields: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return { id, firstName: '', lastName: '', email: null, phone: null, externalId: null, companyIds: [], ...fields };
}

const pairIds = (contacts: DuplicateCandidate[]) => findDuplicatePairs(contacts).map((pair) => pair.contactIds.join('+'));

describe('email match keys', () => {
  it('lowercases and trims, like stored emails', () => {
    expect(emailMatchKey('  Ann.Lee@Example.COM ')).toBe('ann.lee@example.com');
  });

  it('treats Gmail dots, +tags and googlemail.com as the same mailbox', () => {
    expect(emailMatchKey('Ann.Lee+expo@gmail.com')).toBe('annlee@gmail.com');
    expect(emailMatchKey('a.n.n.lee@googlemail.com')).toBe('annlee@gmail.com');
  });

  it('keeps dots and +tags for other providers, where they can name another mailbox', () => {
    expect(emailMatchKey('ann.lee+expo@example.com')).toBe('ann.lee+expo@example.com');
  });

  it('keeps a Gmail address that is all dots or tag as it is rather than emptying it', () => {
    expect(emailMatchKey('+expo@gmail.com')).toBe('+expo@gmail.com');
  });

  it('has no key for a missing or blank email', () => {
    expect(emailMatchKey(null)).toBeNull();
    expect(emailMatchKey('   ')).toBeNull();
  });
});

describe('name match keys', () => {
  it('folds accents and case', () => {
    expect(nameMatchKey('Zoë', 'Ødegård')).toBe(nameMatchKey('zoe', 'ODEGARD'));
    expect(nameMatchKey('Łukasz', 'Straße')).toBe('lukasz strasse');
  });

  it('is the same with first and last name swapped, or with punctuation between words', () => {
    expect(nameMatchKey('Lee', 'Ann')).toBe(nameMatchKey('Ann', 'Lee'));
    expect(nameMatchKey('Mary-Jane', "O'Neil")).toBe(nameMatchKey('Mary Jane', 'O Neil'));
  });

  it('is empty for a contact without a name', () => {
    expect(nameMatchKey('', '  ')).toBe('');
  });

});

describe('similar names', () => {
  it('allows one wrong, missing, extra or swapped-neighbour letter in a long enough name', () => {
    expect(namesAreSimilar('ann smith', 'ann smyth', 6)).toBe(true);
    expect(namesAreSimilar('ann smith', 'ann smth', 6)).toBe(true);
    expect(namesAreSimilar('ann smith', 'ann smitth', 6)).toBe(true);
    expect(namesAreSimilar('ann smith', 'ann smtih', 6)).toBe(true);
  });

  it('refuses two typos, and any typo in a short name', () => {
    expect(namesAreSimilar('ann smith', 'anne smyth', 6)).toBe(false);
    expect(namesAreSimilar('ann smith', 'ann smithers', 6)).toBe(false);
    expect(namesAreSimilar('li wu', 'li xu', 6)).toBe(false);
    expect(namesAreSimilar('li wu', 'li wu', 6)).toBe(true);
  });

  it('varies long names by one left-out character and short ones not at all', () => {
    expect(nameVariants('ann lee', 6)).toEqual(expect.arrayContaining(['ann lee', 'an lee', 'annlee', 'ann le']));
    expect(nameVariants('li wu', 6)).toEqual(['li wu']);
  });
});

describe('finding duplicate pairs', () => {
  it('pairs contacts with the same mailbox', () => {
    const contacts = [contact('a', { email: 'ann@example.com' }), contact('b', { email: ' ANN@example.com' }), contact('c', { email: 'bob@example.com' })];
    expect(findDuplicatePairs(contacts)).toEqual([{ contactIds: ['a', 'b'], reasons: ['email'], companyId: null }]);
  });

  it('pairs contacts with the same phone number or external id', () => {
    const contacts = [
      contact('a', { phone: '+4930123456' }),
      contact('b', { phone: '+4930123456' }),
      contact('c', { externalId: 'user-1' }),
      contact('d', { externalId: 'user-1' }),
      contact('e', { externalId: 'USER-1' }),
    ];
    expect(pairIds(contacts)).toEqual(['a+b', 'c+d']);
  });

  it('pairs similar names only at a shared company', () => {
    const contacts = [
      contact('a', { firstName: 'Anna', lastName: 'Lee', companyIds: ['acme'] }),
      contact('b', { firstName: 'Ann', lastName: 'Lee', companyIds: ['globex', 'acme'] }),
      contact('c', { firstName: 'Anna', lastName: 'Lee', companyIds: ['initech'] }),
      contact('d', { firstName: 'Anna', lastName: 'Lee' }),
    ];
    expect(findDuplicatePairs(contacts)).toEqual([{ contactIds: ['a', 'b'], reasons: ['name'], companyId: 'acme' }]);
  });

  it('matches one typo, a swapped pair of letters, accents and swapped first and last names', () => {
    const base = { companyIds: ['acme'] };
    expect(pairIds([contact('a', { ...base, firstName: 'Jonathan', lastName: 'Smith' }), contact('b', { ...base, firstName: 'Jonahtan', lastName: 'Smith' })])).toEqual(['a+b']);
    expect(pairIds([contact('a', { ...base, firstName: 'Zoë', lastName: 'Ødegård' }), contact('b', { ...base, firstName: 'ODEGARD', lastName: 'zoe' })])).toEqual(['a+b']);
    expect(pairIds([contact('a', { ...base, firstName: 'Jonathan', lastName: 'Smith' }), contact('b', { ...base, firstName: 'Jonathon', lastName: 'Smyth' })])).toEqual([]);
    expect(pairIds([contact('a', { ...base, firstName: 'Li', lastName: 'Wu' }), contact('b', { ...base, firstName: 'Li', lastName: 'Xu' })])).toEqual([]);
  });

  it('lists every reason a pair matches for', () => {
    const shared = { email: 'ann@example.com', phone: '+4930123456', firstName: 'Ann', lastName: 'Lee', companyIds: ['acme'] };
    expect(findDuplicatePairs([contact('b', shared), contact('a', shared)])).toEqual([{ contactIds: ['a', 'b'], reasons: ['email', 'phone', 'name'], companyId: 'acme' }]);
  });

  it('ignores deleted contacts, contacts without identifiers and repeated ids', () => {
    const contacts = [
      contact('a', { email: 'ann@example.com' }),
      contact('a', { email: 'ann@example.com' }),
      contact('b', { email: 'ann@example.com', deleted: 1 }),
      contact('c'),
      contact('d'),
    ];
    expect(findDuplicatePairs(contacts)).toEqual([]);
  });

  it('skips a key shared by more contacts than a person would have, such as a switchboard number', () => {
    const contacts = Array.from({ length: 4 }, (_, index) => contact(`c${index}`, { phone: '+4930123456' }));
    expect(findDuplicatePairs(contacts, { maxBucketSize: 3 })).toEqual([]);
    expect(findDuplicatePairs(contacts, { maxBucketSize: 4 })).toHaveLength(6);
  });
});

describe('grouping duplicates', () => {
  const chain = [contact('a', { email: 'ann@example.com' }), contact('b', { email: 'ann@example.com', phone: '+4930123456' }), contact('c', { phone: '+4930123456' })];

  it('joins contacts linked through each other into one group with every reason', () => {
    expect(findDuplicates(chain)).toEqual([{ contactIds: ['a', 'b', 'c'], pairs: expect.any(Array), reasons: ['email', 'phone'] }]);
  });

  it('leaves out dismissed pairs, from either side, but not soft-deleted dismissals', () => {
    const groups = findDuplicates(chain, [{ contactId: 'c', otherContactId: 'b' }]);
    expect(groups.map((group) => group.contactIds)).toEqual([['a', 'b']]);
    expect(findDuplicates(chain, [{ contactId: 'c', otherContactId: 'b', deleted: 1 }])[0]?.contactIds).toEqual(['a', 'b', 'c']);
  });

  it('leaves out excluded contacts, such as those merged since the scan', () => {
    const groups = groupDuplicatePairs(findDuplicatePairs(chain), { excludedIds: new Set(['b']) });
    expect(groups).toEqual([]);
  });

  it('puts groups found by an identifier before those found by name only', () => {
    const contacts = [
      contact('a', { firstName: 'Ann', lastName: 'Lee', companyIds: ['acme'] }),
      contact('b', { firstName: 'Ann', lastName: 'Lee', companyIds: ['acme'] }),
      contact('y', { externalId: 'user-1' }),
      contact('z', { externalId: 'user-1' }),
    ];
    expect(findDuplicates(contacts).map((group) => group.reasons)).toEqual([['externalId'], ['name']]);
  });
});

describe('at scale', () => {
  // Speed belongs to `npm run bench`; this checks that buckets and skips hold at scale.
  it('finds exactly the deliberate twins among 100,000 contacts', () => {
    const companies = Array.from({ length: 3000 }, (_, index) => `company-${index}`);
    const contacts = Array.from({ length: 100_000 }, (_, index) =>
      contact(`contact-${String(index).padStart(6, '0')}`, {
        firstName: `First${index % 7919}`,
        lastName: `Last${index}`,
        email: `person${index}@example.com`,
        phone: `+4930${String(index).padStart(7, '0')}`,
        externalId: index % 4 === 0 ? `user-${index}` : null,
        companyIds: index % 8 === 0 ? [] : [companies[index % companies.length] as string],
      }),
    );
    // Ten deliberate twins by email.
    for (let index = 0; index < 10; index += 1) contacts.push(contact(`twin-${index}`, { email: `PERSON${index * 1000}@example.com ` }));

    const groups = findDuplicates(contacts);
    expect(groups.filter((group) => group.reasons.includes('email'))).toHaveLength(10);
  });
});
