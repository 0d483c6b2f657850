import type { DuplicateCandidate } from '@shared/domain/duplicates/duplicateTypes';
import type { OutpostDb } from '../../../db/OutpostDb';

const chunkSize = 5000;

export type ReadProgress = (read: number, total: number) => void;

// The live contacts, reduced to what the finder compares, read in primary-key chunks so the
// page can show progress: reading 100,000 contacts takes about 2 s.
export async function readDuplicateCandidates(db: OutpostDb, onProgress: ReadProgress): Promise<DuplicateCandidate[]> {
  const total = await db.contacts.count();
  const candidates: DuplicateCandidate[] = [];
  let read = 0;
  let lastId = '';
  onProgress(0, total);
  for (;;) {
    const rows = await db.contacts.where(':id').above(lastId).limit(chunkSize).toArray();
    for (const { id, firstName, lastName, email, phone, externalId, companyIds, deleted } of rows) {
      if (!deleted) candidates.push({ id, firstName, lastName, email, phone, externalId, companyIds });
    }
    read += rows.length;
    onProgress(Math.min(read, total), total);
    const last = rows.at(-1);
    if (!last || rows.length < chunkSize) return candidates;
    lastId = last.id;
  }
}
