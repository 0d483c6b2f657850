import { describe, expect, it } from 'vitest';
import { contactFieldsSchema } from '@shared/domain/contact';
import { RecordValidationError } from '@renderer/db/errors';
import {
  contactToFormValues,
  emptyContactFormValues,
  getFormValue,
  parseCustomFormValue,
  toContactPatch,
  withFormValue,
  type ContactFormValues,
  type FormAttribute,
} from '@renderer/modules/contacts/utils/contactFormValues';

const options = (...labels: string[]) => labels.map((label) => ({ value: label.toLowerCase(), label }));
const attributes: FormAttribute[] = [
  { key: 'department', label: 'Department', type: 'text', options: [] },
  { key: 'seats', label: 'Seats', type: 'integer', options: [] },
  { key: 'score', label: 'Score', type: 'float', options: [] },
  { key: 'newsletter', label: 'Newsletter', type: 'boolean', options: [] },
  { key: 'birthday', label: 'Birthday', type: 'date', options: [] },
  { key: 'trial_ends_at', label: 'Trial ends', type: 'datetime', options: [] },
  { key: 'plan', label: 'Plan', type: 'choice', options: options('Free', 'Pro') },
  { key: 'interests', label: 'Interests', type: 'multichoice', options: options('Analytics', 'Mobile') },
];

const storedContact = contactFieldsSchema.parse({
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  phone: '+12133734253',
  status: 'customer',
  country: 'GB',
  socialProfiles: { linkedin: 'https://www.linkedin.com/in/ada', mastodon: '@ada@example.social' },
  custom: { seats: 12, newsletter: true, trial_ends_at: '2025-03-01T10:30:00.000Z', plan: 'pro', interests: ['mobile'] },
});

function validationIssues(work: () => unknown): Record<string, string> {
  try {
    work();
  } catch (error) {
    if (error instanceof RecordValidationError) return Object.fromEntries(error.issues.map((issue) => [issue.field, issue.message]));
    throw error;
  }
  throw new Error('expected a RecordValidationError');
}

function filled(values: ContactFormValues, entries: Record<string, unknown>): ContactFormValues {
  return Object.entries(entries).reduce((next, [path, value]) => withFormValue(next, path, value), values);
}

describe('contactToFormValues', () => {
  it('shows the phone nationally for the home country and internationally elsewhere', () => {
    expect(contactToFormValues(storedContact, attributes, 'US').phone).toBe('(213) 373-4253');
    expect(contactToFormValues(storedContact, attributes, 'DE').phone).toBe('+1 213 373 4253');
  });

  it('gives every custom attribute the value its control holds, blanks included', () => {
    const values = contactToFormValues(storedContact, attributes, 'US');
    expect(values.custom).toEqual({
      department: '',
      seats: 12,
      score: '',
      newsletter: true,
      birthday: '',
      trial_ends_at: expect.stringMatching(/^2025-03-0[12]T\d{2}:30$/),
      plan: 'pro',
      interests: ['mobile'],
    });
    expect(values.socialProfiles).toEqual({ linkedin: 'https://www.linkedin.com/in/ada', x: '', github: '', website: '', mastodon: '@ada@example.social' });
    expect(values).toMatchObject({ email: 'ada@example.com', externalId: '', ownerId: null, status: 'customer', country: 'GB' });
  });
});

describe('toContactPatch for a new contact', () => {
  const empty = emptyContactFormValues(attributes);

  it('writes nothing for an untouched form', () => {
    expect(toContactPatch(empty, empty, attributes, 'US')).toEqual({});
  });

  it('turns every typed field into its stored form', () => {
    const values = filled(empty, {
      firstName: 'Grace',
      lastName: 'Hopper',
      email: ' grace@example.com ',
      phone: '(213) 373-4253',
      externalId: ' u-42 ',
      status: 'prospect',
      ownerId: 'member-1',
      source: 'Conference',
      city: 'Arlington',
      country: 'us',
      language: 'pt-br',
      'socialProfiles.linkedin': 'linkedin.com/in/grace',
      'socialProfiles.website': 'https://grace.example',
      about: 'Wrote the first compiler.\nAdmiral.',
      'custom.department': ' Research ',
      'custom.seats': 40,
      'custom.score': '4.5',
      'custom.newsletter': true,
      'custom.birthday': '1906-12-09',
      'custom.trial_ends_at': '2025-06-01T09:15',
      'custom.plan': 'free',
      'custom.interests': ['analytics', 'mobile'],
    });
    const patch = toContactPatch(values, empty, attributes, 'US');
    expect(patch).toEqual({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: 'grace@example.com',
      phone: '+12133734253',
      externalId: 'u-42',
      status: 'prospect',
      ownerId: 'member-1',
      source: 'Conference',
      city: 'Arlington',
      country: 'US',
      language: 'pt-BR',
      socialProfiles: { linkedin: 'https://linkedin.com/in/grace', website: 'https://grace.example' },
      about: 'Wrote the first compiler.\nAdmiral.',
      custom: {
        department: 'Research',
        seats: 40,
        score: 4.5,
        newsletter: true,
        birthday: '1906-12-09',
        trial_ends_at: new Date('2025-06-01T09:15').toISOString(),
        plan: 'free',
        interests: ['analytics', 'mobile'],
      },
    });
    expect(contactFieldsSchema.safeParse(patch).success).toBe(true);
  });

  it('reports every wrong field at once, by form path', () => {
    const values = filled(empty, {
      email: 'ada@',
      phone: '12',
      country: 'Germany',
      language: 'not a language!',
      'socialProfiles.github': 'javascript:alert(1)',
      'custom.seats': 2.5,
      'custom.birthday': '2025-02-30',
      'custom.plan': 'platinum',
    });
    expect(validationIssues(() => toContactPatch(values, empty, attributes, 'US'))).toEqual({
      email: 'Enter an email address like name@example.com',
      phone: 'This is not a valid US phone number',
      country: 'Use a two-letter ISO country code',
      language: 'Use a language code like en or pt-BR',
      'socialProfiles.github': 'Enter a web address like https://example.com',
      'custom.seats': 'Enter a whole number',
      'custom.birthday': 'Enter a date like 2025-01-31',
      'custom.plan': 'Pick one of the options',
    });
  });

  it('asks for the country code when there is no home country', () => {
    expect(validationIssues(() => toContactPatch(filled(empty, { phone: '213 373 4253' }), empty, attributes))).toEqual({
      phone: 'Start the number with + and its country code, like +49 30 123456',
    });
  });
});

describe('toContactPatch for an edit', () => {
  const initial = contactToFormValues(storedContact, attributes, 'US');

  it('writes only the changed fields', () => {
    expect(toContactPatch(initial, initial, attributes, 'US')).toEqual({});
    expect(toContactPatch(filled(initial, { city: 'London', 'custom.seats': 15 }), initial, attributes, 'US')).toEqual({ city: 'London', custom: { seats: 15 } });
  });

  it('leaves an unchanged phone alone even when libphonenumber doubts it', () => {
    const doubtful = contactToFormValues({ ...storedContact, phone: '+1555000' }, attributes, 'US');
    expect(toContactPatch(filled(doubtful, { city: 'Bath' }), doubtful, attributes, 'US')).toEqual({ city: 'Bath' });
  });

  it('clears emptied fields and custom values, and writes nothing for blank to blank', () => {
    const values = filled(initial, { email: '', phone: ' ', 'custom.plan': null, 'custom.interests': [], 'custom.newsletter': false, 'custom.department': '  ' });
    expect(toContactPatch(values, initial, attributes, 'US')).toEqual({
      email: null,
      phone: null,
      custom: { plan: null, interests: null, newsletter: false },
    });
  });

  it('keeps social profiles it has no field for when another one changes', () => {
    expect(toContactPatch(filled(initial, { 'socialProfiles.x': 'x.com/ada' }), initial, attributes, 'US')).toEqual({
      socialProfiles: { linkedin: 'https://www.linkedin.com/in/ada', x: 'https://x.com/ada', mastodon: '@ada@example.social' },
    });
  });
});

describe('custom values', () => {
  const [, seats, score, , , trialEnds, , interests] = attributes as [FormAttribute, FormAttribute, FormAttribute, FormAttribute, FormAttribute, FormAttribute, FormAttribute, FormAttribute];

  it('parses the numbers a NumberInput reports, as numbers or as text', () => {
    expect(parseCustomFormValue(seats, 3)).toEqual({ ok: true, value: 3 });
    expect(parseCustomFormValue(seats, '')).toEqual({ ok: true, value: null });
    expect(parseCustomFormValue(score, '-0.5')).toEqual({ ok: true, value: -0.5 });
    expect(parseCustomFormValue(score, '1.2.3')).toEqual({ ok: false, message: 'Enter a number' });
  });

  it('refuses a datetime without a time and options that are not listed', () => {
    expect(parseCustomFormValue(trialEnds, '2025-06-01')).toEqual({ ok: false, message: 'Enter a date and a time' });
    expect(parseCustomFormValue(interests, ['mobile', 'gaming'])).toEqual({ ok: false, message: 'Pick only listed options' });
  });
});

describe('form paths', () => {
  it('read and write fields, social profiles and custom attributes', () => {
    const values = contactToFormValues(storedContact, attributes, 'US');
    expect(getFormValue(values, 'email')).toBe('ada@example.com');
    expect(getFormValue(values, 'socialProfiles.github')).toBe('');
    expect(getFormValue(values, 'custom.plan')).toBe('pro');
    const next = withFormValue(withFormValue(values, 'custom.plan', 'free'), 'socialProfiles.github', 'https://github.com/ada');
    expect(next.custom.plan).toBe('free');
    expect(next.socialProfiles.github).toBe('https://github.com/ada');
    expect(values.custom.plan).toBe('pro');
  });
});
