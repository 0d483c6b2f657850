import { newId } from '@shared/ids';
import type { RecordPlannerContext } from './recordPlannerContext';
import { emptyRecordPlan, type RecordChunkPlan, type RecordRow } from './recordImportPlan';
import { contactOf, findChunkCompanies, findChunkContacts, findChunkDeals, teamMemberOf } from './recordRefLookups';

// Tasks are only created. The assignee, contact, company and deal a row names must exist (a
// task file creates no companies or deals); one that does not refuses the row with its reason.
// A row marked done without a completion time is completed when the import ran.
export function taskPlanner(context: RecordPlannerContext) {
  const { db, members, header, now } = context;
  return async (rows: RecordRow[]): Promise<RecordChunkPlan> => {
    const plan = emptyRecordPlan();
    const names = (ref: 'company' | 'deal') => rows.flatMap((row) => row.record.refs[ref] ?? []);
    const [contacts, companies, deals] = await Promise.all([findChunkContacts(db, rows), findChunkCompanies(db, names('company')), findChunkDeals(db, names('deal'))]);
    for (const { rowNumber, record } of rows) {
      const { refs, done } = record;
      const errors: string[] = [];
      const fields: Record<string, unknown> = { ...record.fields };
      const assignee = teamMemberOf(members, refs.owner, header('owner'));
      if ('error' in assignee) errors.push(assignee.error);
      else if (assignee.id) fields.assigneeId = assignee.id;
      const contact = contactOf({ rowNumber, record }, contacts, header);
      if ('error' in contact) errors.push(contact.error);
      else if (contact.id) fields.contactId = contact.id;
      if (refs.company) {
        const companyId = companies.get(refs.company);
        if (companyId) fields.companyId = companyId;
        else errors.push(`${header('company')}: no company is named "${refs.company}" or has it as its domain`);
      }
      if (refs.deal) {
        const dealId = deals.get(refs.deal);
        if (dealId === 'ambiguous') errors.push(`${header('deal')}: several deals are titled "${refs.deal}"; use the deal's external id`);
        else if (dealId) fields.dealId = dealId;
        else errors.push(`${header('deal')}: no deal has the title or external id "${refs.deal}"`);
      }
      if (errors.length > 0) {
        plan.failed.push({ rowNumber, reason: errors.join('; ') });
        continue;
      }
      if (done === false) fields.completedAt = null;
      else if (done && !fields.completedAt) fields.completedAt = now.toISOString();
      plan.creates.push({ id: newId(), rowNumbers: [rowNumber], fields, createdByImport: true });
    }
    return plan;
  };
}
