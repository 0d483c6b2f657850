import Dexie from 'dexie';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';

// A company employing the first `count` contacts by name, written through the mutation layer
// as the profile's "Add employee" and bulk "Add to company…" do. Returns the company's id.
export async function companiesSeedEmployer(count: number): Promise<string> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchcompanies'));
  const contacts = await db.contacts.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).limit(count).primaryKeys();
  if (contacts.length !== count) throw new Error(`only ${contacts.length} contacts to employ; the suite needs ${count}`);
  const company = await mutations.create('companies', { name: `Bench Employer ${new Date().toISOString()}`, domain: 'employer.bench.test' });
  await mutations.createMany(
    'memberships',
    contacts.map((contactId, index) => ({ contactId, companyId: company.id, role: index % 3 === 0 ? 'Engineer' : 'Sales', since: null, primary: false })),
  );
  db.close();
  return company.id;
}

// Floor for opening the profile: read the company's first 50 memberships and their contacts.
export async function companiesEmployeesFloor(companyId: string): Promise<number> {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const started = performance.now();
  const memberships = await db.memberships.where('companyId').equals(companyId).limit(50).toArray();
  await db.contacts.bulkGet(memberships.map((membership) => membership.contactId));
  const ms = performance.now() - started;
  db.close();
  return ms;
}
