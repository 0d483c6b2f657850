import { describe, expect, it } from 'vitest';
import { setTaskDone } from '@renderer/modules/tasks/utils/setTaskDone';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('completing and reopening a task', () => {
  it('records the completion time, clears it on reopen, and syncs both', async () => {
    const { db, mutations } = await openTestDatabase();
    const task = await mutations.create('tasks', { title: 'Call Ada', type: 'call', dueAt: '2026-12-04T10:00:00.000Z' });
    const doneAt = new Date('2026-12-04T10:05:00.000Z');

    await setTaskDone(mutations, task, true, doneAt);
    expect((await db.tasks.get(task.id))?.completedAt).toBe(doneAt.toISOString());

    await setTaskDone(mutations, task, false, new Date('2026-12-04T11:00:00.000Z'));
    expect((await db.tasks.get(task.id))?.completedAt).toBeNull();

    const changes = (await db.outbox.toArray()).flatMap((row) => row.writes).filter((write) => write.rowId === task.id && 'completedAt' in write.fields);
    // The create, the completion, the reopen.
    expect(changes.map((write) => write.fields.completedAt)).toEqual([null, doneAt.toISOString(), null]);
  });

  it('is undone in one step, back to open', async () => {
    const { db, mutations } = await openTestDatabase();
    const task = await mutations.create('tasks', { title: 'Send the proposal', type: 'email' });
    const entry = await setTaskDone(mutations, task, true, new Date('2026-12-04T10:05:00.000Z'));
    expect(entry.label).toBe('Completed “Send the proposal”');

    await mutations.undoLast();
    expect((await db.tasks.get(task.id))?.completedAt).toBeNull();
  });
});
