import type { MutationLayer, ProgressHandler } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';

export type BulkCompanyAction = { kind: 'setAttribute'; field: string; value: unknown } | { kind: 'assignOwner'; ownerId: string | null } | { kind: 'delete' };

// One bulk action over the selected companies as ONE undoable action, chunked with progress.
export async function runBulkCompanyAction(mutations: MutationLayer, action: BulkCompanyAction, companyIds: string[], label: string, onProgress?: ProgressHandler): Promise<UndoEntry> {
  const bulk = { onProgress };
  switch (action.kind) {
    case 'setAttribute': {
      const patch = action.field.startsWith('custom.') ? { custom: { [action.field.slice('custom.'.length)]: action.value } } : { [action.field]: action.value };
      return mutations.updateMany('companies', companyIds, patch as never, label, bulk);
    }
    case 'assignOwner':
      return mutations.updateMany('companies', companyIds, { ownerId: action.ownerId }, label, bulk);
    case 'delete':
      return mutations.softDelete('companies', companyIds, label, bulk);
  }
}
