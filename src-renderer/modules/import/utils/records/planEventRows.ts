import { newId } from '@shared/ids';
import type { RecordRef } from '@shared/import/records/recordImportTargets';
import type { RecordPlannerContext } from './recordPlannerContext';
import { emptyRecordPlan, type RecordChunkPlan, type RecordRow } from './recordImportPlan';
import { findChunkContacts } from './recordRefLookups';

type Identity = 'externalId' | 'email' | 'visitorId';
const identities: ReadonlyArray<readonly [RecordRef, Identity]> = [
  ['contactExternalId', 'externalId'],
  ['contactEmail', 'email'],
  ['visitorId', 'visitorId'],
];

// Events are only appended. Each row's contact is found by external id, else email, else
// visitor id; one not found is made, as the ingest API makes it (src-server/ingest/ingestEvent):
// a visitor when the row gives only a visitor id, a lead otherwise, with every identity the row
// gives. Later rows of the file find it too.
export function eventPlanner(context: RecordPlannerContext) {
  const { db } = context;
  const made = new Map<string, string>();
  return async (rows: RecordRow[]): Promise<RecordChunkPlan> => {
    const plan = emptyRecordPlan();
    const contacts = await findChunkContacts(db, rows);
    const known: Record<Identity, ReadonlyMap<string, string>> = contacts;
    for (const { rowNumber, record } of rows) {
      // Every identity the row gives (it has at least one: the row builder refuses a row without).
      const given = identities.flatMap(([ref, identity]) => (record.refs[ref] ? [[identity, record.refs[ref]] as const] : []));
      let contactId = given.map(([identity, value]) => known[identity].get(value) ?? made.get(`${identity}/${value}`)).find(Boolean);
      if (!contactId) {
        const id = newId();
        for (const [identity, value] of given) made.set(`${identity}/${value}`, id);
        const anonymous = given.every(([identity]) => identity === 'visitorId');
        plan.newContacts.push({ id, fields: { ...Object.fromEntries(given), status: anonymous ? 'visitor' : 'lead' } });
        contactId = id;
      }
      plan.creates.push({ id: newId(), rowNumbers: [rowNumber], fields: { ...record.fields, contactId }, createdByImport: true });
    }
    return plan;
  };
}
