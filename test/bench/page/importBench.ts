import Dexie from 'dexie';
import Papa from 'papaparse';
import { autoMapColumns } from '@shared/import/autoMapColumns';
import { defaultValueFormat } from '@shared/import/importTypes';
import { openAppDatabase } from '@renderer/db/appDatabase';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { startDomainAssignment } from '@renderer/modules/companies/utils/startDomainAssignment';
import type { ImportSettings } from '@renderer/modules/import/utils/importSettings';
import { runImport } from '@renderer/modules/import/utils/runImport';

const importDatabase = 'bench-import';
const floorDatabase = 'bench-import-floor';
const chunkSize = 2000;
const headers = ['First Name', 'Last Name', 'Email', 'Phone', 'External ID', 'Status', 'Source', 'City', 'Country', 'Language', 'Notes', 'LinkedIn', 'Company', 'Job Title', 'Tags'];
const firstNames = ['Ann', 'Zoë', 'Liam', 'Noah', 'Mia', 'Ava', 'Omar', 'Yuki', 'Élodie', 'Jonas', 'Priya', 'Mateo', 'Sofia', 'Kwame', 'Lena', 'Ivan'];
const lastNames = ['Lee', 'Ødegård', 'Schmidt', 'García', 'Nakamura', 'Okafor', 'Rossi', 'Novak', 'Dubois', 'Silva', 'Kowalski', 'Müller', 'Patel', 'Kim'];
const cities = ['Berlin', 'Oslo', 'Lyon', 'Austin', 'Osaka', 'Lagos', 'Porto', 'Kraków'];
const countries = ['Germany', 'Norway', 'France', 'United States', 'Japan', 'Nigeria', 'Portugal', 'Poland'];
const tags = ['vip', 'newsletter', 'trade show', 'partner', 'churn risk'];

// Rows shaped like a CRM export: 15 columns, quoted commas in notes, 500 companies, one or two tags.
function csvRow(index: number): string[] {
  const first = firstNames[index % firstNames.length] as string;
  const last = lastNames[(index * 7) % lastNames.length] as string;
  const local = first.normalize('NFKD').replace(/[^\w]/g, '').toLowerCase();
  return [
    first,
    last,
    `${local}.${index}@example${index % 97}.test`,
    `+49 30 ${String(1_000_000 + index).padStart(7, '0')}`,
    `ext-${index}`,
    index % 5 === 0 ? 'customer' : 'lead',
    'bench',
    cities[index % cities.length] as string,
    countries[index % countries.length] as string,
    index % 3 === 0 ? 'de' : 'en',
    `Met at booth ${index % 40}, asked about pricing, follow up`,
    `https://www.linkedin.com/in/${local}-${index}`,
    `Company ${index % 500}`,
    index % 2 === 0 ? 'Engineer' : 'Buyer',
    index % 4 === 0 ? `${tags[index % tags.length]}|${tags[(index + 1) % tags.length]}` : (tags[index % tags.length] as string),
  ];
}

let generated: Blob | null = null;

// The same file on every run: `rows` rows of 15 columns, as papaparse writes CSV.
export function importBenchMakeCsv(rows: number): { bytes: number; columns: number } {
  generated = new Blob([Papa.unparse({ fields: headers, data: Array.from({ length: rows }, (_, index) => csvRow(index)) })], { type: 'text/csv' });
  return { bytes: generated.size, columns: headers.length };
}

function benchFile(): Blob {
  if (!generated) throw new Error('importBenchMakeCsv first');
  return generated;
}

function settingsFor(): ImportSettings {
  return {
    format: { kind: 'csv', encoding: 'utf-8', delimiter: ',' },
    headerRowNumber: 1,
    headers,
    mapping: autoMapColumns(headers, []),
    attributes: [],
    valueFormat: { ...defaultValueFormat, defaultCountry: 'DE' },
    mode: 'upsert',
    matchOn: 'email',
    batch: { tagNames: ['imported'], listName: 'Bench import', ownerId: null, source: 'csv' },
  };
}

// Longest main-thread task while `work` runs (the heap is sampled from outside, through CDP).
async function observed<R>(work: () => Promise<R>): Promise<{ result: R; ms: number; longestTaskMs: number }> {
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    // Long tasks are reported a moment after they end.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { result, ms, longestTaskMs };
  } finally {
    observer.disconnect();
  }
}

// The import as the wizard runs it (worker, matching, company and tag links, job record, domain
// assignment listening as in the app shell), into an empty database.
export async function importBenchRun() {
  await Dexie.delete(importDatabase);
  const database = await openAppDatabase(importDatabase);
  const assignmentErrors: string[] = [];
  const stopAssignment = startDomainAssignment(database, (error) => assignmentErrors.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
  try {
    const run = await observed(() => runImport(database.db, database.mutations, benchFile(), 'bench.csv', settingsFor(), { dryRun: false }));
    const contacts = await database.db.contacts.count();
    return { ms: run.ms, longestTaskMs: run.longestTaskMs, contacts, status: run.result.status, failed: run.result.summary.counts.failed, assignmentErrors };
  } finally {
    stopAssignment();
    database.db.close();
  }
}

// The dry run over the same file: reading, coercion and matching, nothing written.
export async function importBenchDryRun() {
  await Dexie.delete(importDatabase);
  const database = await openAppDatabase(importDatabase);
  try {
    const run = await observed(() => runImport(database.db, database.mutations, benchFile(), 'bench.csv', settingsFor(), { dryRun: true }));
    return { ms: run.ms, longestTaskMs: run.longestTaskMs };
  } finally {
    database.db.close();
  }
}

const storedTables = ['contacts', 'companies', 'tags', 'lists', 'contactTags', 'contactLists', 'memberships'] as const;

// The floor: papaparse parsing the same file on the main thread, then Dexie bulkPut of the
// finished rows the import stored (contacts, companies, tags, lists, link rows) into a fresh
// database with the same indexes, in chunks of 2,000.
export async function importBenchFloor() {
  const source = openOutpostDb(importDatabase);
  const rows = Object.fromEntries(await Promise.all(storedTables.map(async (table) => [table, await source.table(table).toArray()] as const)));
  source.close();
  await Dexie.delete(floorDatabase);
  const db = openOutpostDb(floorDatabase);
  await db.open();
  const text = await benchFile().text();
  const started = performance.now();
  const parsed = Papa.parse<string[]>(text, { delimiter: ',' });
  const parseMs = performance.now() - started;
  for (const table of storedTables) {
    const tableRows = rows[table] as unknown[];
    for (let start = 0; start < tableRows.length; start += chunkSize) await db.table(table).bulkPut(tableRows.slice(start, start + chunkSize));
  }
  const ms = performance.now() - started;
  db.close();
  await Dexie.delete(floorDatabase);
  return { ms, parseMs, parsedRows: parsed.data.length };
}
