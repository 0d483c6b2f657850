// Fixed vocabularies for the demo workspace. Weights are relative, for weightedArrayElement.

export type Weighted<T> = { value: T; weight: number };

export type DemoCity = { name: string; areaCode: string; localDigits: number };
export type DemoCountry = { code: string; dialCode: string; language: string; domainSuffix: string; cities: DemoCity[] };

// Area codes and local number lengths per city, so phones are valid E.164 and match the city.
export const demoCountries: Weighted<DemoCountry>[] = [
  {
    weight: 30,
    value: {
      code: 'DE',
      dialCode: '49',
      language: 'de',
      domainSuffix: 'de',
      cities: [
        { name: 'Berlin', areaCode: '30', localDigits: 8 },
        { name: 'Munich', areaCode: '89', localDigits: 8 },
        { name: 'Hamburg', areaCode: '40', localDigits: 8 },
        { name: 'Cologne', areaCode: '221', localDigits: 7 },
        { name: 'Frankfurt', areaCode: '69', localDigits: 8 },
      ],
    },
  },
  {
    weight: 20,
    value: {
      code: 'US',
      dialCode: '1',
      language: 'en-US',
      domainSuffix: 'com',
      cities: [
        { name: 'New York', areaCode: '212', localDigits: 7 },
        { name: 'San Francisco', areaCode: '415', localDigits: 7 },
        { name: 'Boston', areaCode: '617', localDigits: 7 },
        { name: 'Chicago', areaCode: '312', localDigits: 7 },
        { name: 'Austin', areaCode: '512', localDigits: 7 },
      ],
    },
  },
  {
    weight: 12,
    value: {
      code: 'GB',
      dialCode: '44',
      language: 'en-GB',
      domainSuffix: 'co.uk',
      cities: [
        { name: 'London', areaCode: '20', localDigits: 8 },
        { name: 'Manchester', areaCode: '161', localDigits: 7 },
        { name: 'Edinburgh', areaCode: '131', localDigits: 7 },
      ],
    },
  },
  {
    weight: 8,
    value: {
      code: 'FR',
      dialCode: '33',
      language: 'fr',
      domainSuffix: 'fr',
      cities: [
        { name: 'Paris', areaCode: '1', localDigits: 8 },
        { name: 'Lyon', areaCode: '4', localDigits: 8 },
      ],
    },
  },
  {
    weight: 7,
    value: {
      code: 'NL',
      dialCode: '31',
      language: 'nl',
      domainSuffix: 'nl',
      cities: [
        { name: 'Amsterdam', areaCode: '20', localDigits: 7 },
        { name: 'Rotterdam', areaCode: '10', localDigits: 7 },
      ],
    },
  },
  {
    weight: 7,
    value: {
      code: 'PL',
      dialCode: '48',
      language: 'pl',
      domainSuffix: 'pl',
      cities: [
        { name: 'Warsaw', areaCode: '22', localDigits: 7 },
        { name: 'Kraków', areaCode: '12', localDigits: 7 },
      ],
    },
  },
  { weight: 5, value: { code: 'AT', dialCode: '43', language: 'de-AT', domainSuffix: 'at', cities: [{ name: 'Vienna', areaCode: '1', localDigits: 7 }] } },
  { weight: 4, value: { code: 'CH', dialCode: '41', language: 'de-CH', domainSuffix: 'ch', cities: [{ name: 'Zurich', areaCode: '44', localDigits: 7 }] } },
  {
    weight: 4,
    value: {
      code: 'ES',
      dialCode: '34',
      language: 'es',
      domainSuffix: 'es',
      cities: [
        { name: 'Madrid', areaCode: '91', localDigits: 7 },
        { name: 'Barcelona', areaCode: '93', localDigits: 7 },
      ],
    },
  },
  { weight: 3, value: { code: 'SE', dialCode: '46', language: 'sv', domainSuffix: 'se', cities: [{ name: 'Stockholm', areaCode: '8', localDigits: 7 }] } },
];

export const industries = ['Software', 'Manufacturing', 'Retail', 'Logistics', 'Healthcare', 'Financial services', 'Education', 'Media', 'Energy', 'Hospitality'];

export const companySizes: Weighted<{ min: number; max: number }>[] = [
  { weight: 25, value: { min: 1, max: 10 } },
  { weight: 35, value: { min: 11, max: 50 } },
  { weight: 22, value: { min: 51, max: 200 } },
  { weight: 12, value: { min: 201, max: 1000 } },
  { weight: 6, value: { min: 1001, max: 10_000 } },
];

export const identifiedStatuses: Weighted<'lead' | 'prospect' | 'customer' | 'former customer' | 'partner'>[] = [
  { weight: 35, value: 'lead' },
  { weight: 20, value: 'prospect' },
  { weight: 30, value: 'customer' },
  { weight: 8, value: 'former customer' },
  { weight: 7, value: 'partner' },
];

export const contactSources: Weighted<string>[] = [
  { weight: 30, value: 'website' },
  { weight: 15, value: 'trade show' },
  { weight: 20, value: 'csv import' },
  { weight: 10, value: 'referral' },
  { weight: 15, value: 'manual' },
  { weight: 10, value: 'api' },
];

// Mantine's palette names, so the UI can show each tag in its own colour.
export const demoTags: Array<{ name: string; color: string }> = [
  { name: 'VIP', color: 'red' },
  { name: 'Newsletter', color: 'blue' },
  { name: 'Trade show 2026', color: 'green' },
  { name: 'Webinar', color: 'orange' },
  { name: 'Decision maker', color: 'grape' },
  { name: 'Churn risk', color: 'teal' },
  { name: 'Beta tester', color: 'yellow' },
  { name: 'Partner', color: 'cyan' },
  { name: 'Referral', color: 'pink' },
  { name: 'Enterprise', color: 'violet' },
  { name: 'Hot lead', color: 'indigo' },
  { name: 'Needs follow-up', color: 'lime' },
];

// Each list holds about `share` of the identified contacts.
export const demoLists: Array<{ name: string; description: string; share: number }> = [
  { name: 'Q1 webinar attendees', description: 'Joined the product webinar in March.', share: 0.12 },
  { name: 'Berlin meetup', description: 'Met at the Berlin customer meetup.', share: 0.05 },
  { name: 'Customer advisory board', description: 'Customers who review the roadmap each quarter.', share: 0.03 },
  { name: 'Newsletter subscribers', description: 'Opted in to the monthly newsletter.', share: 0.25 },
  { name: 'Beta program', description: 'Testing new features before release.', share: 0.06 },
  { name: 'SaaS Expo 2026 booth visitors', description: 'Badge scans from the trade show booth.', share: 0.08 },
];

export type DealKind = 'sale' | 'renewal' | 'partnership';

export const demoPipelines: Array<{ name: string; dealKind: DealKind; weight: number; stages: Array<{ name: string; probability: number }> }> = [
  {
    name: 'New business',
    dealKind: 'sale',
    weight: 60,
    stages: [
      { name: 'Qualification', probability: 10 },
      { name: 'Discovery', probability: 25 },
      { name: 'Proposal', probability: 50 },
      { name: 'Negotiation', probability: 75 },
      { name: 'Contract sent', probability: 90 },
    ],
  },
  {
    name: 'Renewals',
    dealKind: 'renewal',
    weight: 25,
    stages: [
      { name: 'Upcoming', probability: 40 },
      { name: 'In discussion', probability: 60 },
      { name: 'Quote sent', probability: 80 },
      { name: 'Committed', probability: 95 },
    ],
  },
  {
    name: 'Partnerships',
    dealKind: 'partnership',
    weight: 15,
    stages: [
      { name: 'Identified', probability: 10 },
      { name: 'Intro call', probability: 20 },
      { name: 'Evaluation', probability: 35 },
      { name: 'Terms', probability: 60 },
      { name: 'Legal review', probability: 80 },
      { name: 'Launch', probability: 95 },
    ],
  },
];

export const dealStatusWeights: Weighted<'open' | 'won' | 'lost' | 'abandoned'>[] = [
  { weight: 70, value: 'open' },
  { weight: 15, value: 'won' },
  { weight: 10, value: 'lost' },
  { weight: 5, value: 'abandoned' },
];

export const lostReasons = ['Price too high', 'Chose a competitor', 'No budget', 'No decision', 'Bad timing', 'Missing feature'];

export const currencies: Weighted<string>[] = [
  { weight: 60, value: 'EUR' },
  { weight: 30, value: 'USD' },
  { weight: 10, value: 'GBP' },
];

export const dealOffers = ['Pro plan', 'Enterprise plan', 'Starter plan', 'Onboarding package', 'Support upgrade', 'Data migration', 'Reseller agreement'];

export const ticketTopics: Array<{ category: string; subjects: string[] }> = [
  { category: 'Billing', subjects: ['Charged twice this month', 'Invoice shows the wrong VAT number', 'How do I change the billing email?', 'Refund for unused seats'] },
  { category: 'Bug', subjects: ['Export to CSV fails', 'Search returns no results', 'App freezes when opening a contact', 'Sync stuck at 99%'] },
  { category: 'Feature request', subjects: ['Custom fields on deals', 'Dark mode', 'Calendar integration', 'Bulk edit for tasks'] },
  { category: 'Account', subjects: ['Cannot log in after password reset', 'Add a new team member', 'Transfer ownership of the workspace'] },
  { category: 'Integration', subjects: ['Webhook not firing', 'API returns 401', 'Connecting the website tracking snippet'] },
];

export const ticketStatusWeights: Weighted<'open' | 'pending' | 'resolved' | 'closed' | 'archived'>[] = [
  { weight: 30, value: 'open' },
  { weight: 20, value: 'pending' },
  { weight: 25, value: 'resolved' },
  { weight: 20, value: 'closed' },
  { weight: 5, value: 'archived' },
];

export const ticketPriorityWeights: Weighted<'low' | 'normal' | 'high' | 'urgent'>[] = [
  { weight: 20, value: 'low' },
  { weight: 50, value: 'normal' },
  { weight: 20, value: 'high' },
  { weight: 10, value: 'urgent' },
];

export const taskTypeWeights: Weighted<'call' | 'follow-up' | 'meeting' | 'email' | 'to-do'>[] = [
  { weight: 25, value: 'call' },
  { weight: 25, value: 'follow-up' },
  { weight: 15, value: 'meeting' },
  { weight: 20, value: 'email' },
  { weight: 15, value: 'to-do' },
];

export const websitePages: Array<{ path: string; title: string }> = [
  { path: '/', title: 'Home' },
  { path: '/pricing', title: 'Pricing' },
  { path: '/features', title: 'Features' },
  { path: '/features/pipelines', title: 'Pipelines' },
  { path: '/customers', title: 'Customer stories' },
  { path: '/blog/offline-first-sales', title: 'Selling without a connection' },
  { path: '/blog/trade-show-checklist', title: 'The trade show checklist' },
  { path: '/docs/getting-started', title: 'Getting started' },
  { path: '/contact', title: 'Contact us' },
  { path: '/signup', title: 'Start your trial' },
];

export const clickTargets = ['Start free trial', 'Book a demo', 'Watch video', 'Download the app', 'See pricing', 'Chat with us'];
export const goals = ['Signed up', 'Requested a demo', 'Subscribed to the newsletter', 'Downloaded the whitepaper'];
export const referrers = ['https://www.google.com/', 'https://www.linkedin.com/', 'https://news.ycombinator.com/', ''];

// The tracked website: a reserved example domain, so no demo link points at a real site.
export const demoWebsite = 'https://www.example.com';
export const teamEmailDomain = 'example.com';
