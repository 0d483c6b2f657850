import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { taskEntry } from '@renderer/modules/timeline/utils/toTimelineEntry';

const now = new Date('2026-12-04T12:00:00.000Z');
const task = (fields: Partial<StoredRecord<'tasks'>>) =>
  ({ id: 't1', title: 'Call Ada', type: 'call', dueAt: null, completedAt: null, assigneeId: null, contactId: null, dealId: null, companyId: null, about: '', createdAt: '2026-12-01T09:00:00.000Z', updatedAt: '2026-12-01T09:00:00.000Z', deleted: 0, hlc: '', ...fields }) as StoredRecord<'tasks'>;

describe('a task on the timeline', () => {
  it('is marked overdue while open past its due time, and done with its time once completed', () => {
    expect(taskEntry(task({ dueAt: '2026-12-04T11:00:00.000Z' }), new Map(), now).overdue).toBe(true);
    const open = taskEntry(task({ dueAt: '2026-12-04T13:00:00.000Z' }), new Map(), now);
    expect(open.details).toContain('Open');
    expect(open.overdue).toBeUndefined();
    const done = taskEntry(task({ dueAt: '2026-12-04T11:00:00.000Z', completedAt: '2026-12-04T11:30:00.000Z' }), new Map(), now);
    expect(done.details.some((detail) => detail.startsWith('Done '))).toBe(true);
    expect(done.overdue).toBeUndefined();
  });
});
