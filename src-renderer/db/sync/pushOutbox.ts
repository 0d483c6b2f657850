import { maxPushChanges } from '@shared/sync/syncProtocol';
import { expandRecordWrite, type FieldChange } from '@shared/sync/recordWrite';
import type { OutpostDb } from '../OutpostDb';
import { outboxMetaKey, readOutboxMeta } from '../outboxMeta';
import type { OutboxRow } from '../rowTypes';

// Sends one batch; resolves once the server has stored it (and throws otherwise).
export type SendChanges = (changes: FieldChange[]) => Promise<void>;

// Outbox rows read at a time: an import's rows hold 2,000 writes each.
const rowsPerRead = 8;

// Pushes the outbox oldest first in batches of at most `maxChanges` field changes (one outbox
// row may span several). An outbox row is deleted, and the pending counter lowered, in one
// transaction only once every one of its changes was acknowledged; a crash or a lost response
// before that pushes it again, which the server stores once. Returns the writes acknowledged.
export async function pushOutbox(db: OutpostDb, send: SendChanges, maxChanges = maxPushChanges): Promise<number> {
  let acknowledged = 0;
  let batch: FieldChange[] = [];
  let completed: OutboxRow[] = [];
  const flush = async () => {
    if (batch.length === 0 && completed.length === 0) return;
    if (batch.length > 0) await send(batch);
    acknowledged += await acknowledge(db, completed);
    batch = [];
    completed = [];
  };

  let afterSeq = 0;
  for (;;) {
    const rows = await db.outbox.where('seq').above(afterSeq).limit(rowsPerRead).toArray();
    if (rows.length === 0) break;
    for (const row of rows) {
      const changes = row.writes.flatMap(expandRecordWrite);
      for (let offset = 0; offset < changes.length; ) {
        const take = Math.min(maxChanges - batch.length, changes.length - offset);
        batch.push(...changes.slice(offset, offset + take));
        offset += take;
        if (offset === changes.length) completed.push(row);
        if (batch.length === maxChanges) await flush();
      }
      if (changes.length === 0) completed.push(row);
      afterSeq = row.seq as number;
    }
  }
  await flush();
  return acknowledged;
}

async function acknowledge(db: OutpostDb, rows: OutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const seqs = rows.map((row) => row.seq as number);
  return db.transaction('rw', db.outbox, db.syncMeta, async () => {
    // Another window of the app may have pushed and dropped some of them already.
    const present = (await db.outbox.bulkGet(seqs)).filter((row): row is OutboxRow => Boolean(row));
    const writes = present.reduce((sum, row) => sum + row.writes.length, 0);
    await db.outbox.bulkDelete(seqs);
    const meta = await readOutboxMeta(db);
    await db.syncMeta.put({ key: outboxMetaKey, value: { ...meta, pendingWrites: Math.max(0, meta.pendingWrites - writes) } });
    return writes;
  });
}
