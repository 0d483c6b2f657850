import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyCaptureValues } from '@renderer/modules/capture/utils/captureFormValues';
import { localDay, readCaptureStats } from '@renderer/modules/capture/utils/captureSettings';
import { saveCapture } from '@renderer/modules/capture/utils/saveCapture';
import { startCaptureEvent } from '@renderer/modules/capture/utils/startCaptureEvent';
import { capturedOn } from '@shared/capture/captureEvent';
import { openTestDatabase } from '../../helpers/testDatabase';

// Far from UTC, so the local day and UTC's differ by seven hours.
const zone = 'America/Los_Angeles';
const at = (localTime: string) => vi.setSystemTime(new Date(`${localTime}-07:00`));

async function expoWithCounters() {
  const { db, mutations } = await openTestDatabase();
  const event = await startCaptureEvent(db, mutations, { name: 'Night Market', tagNames: ['Night'], listName: '', ownerId: null, source: '', attributeKeys: [] });
  const capture = (firstName: string) => saveCapture(db, mutations, { values: { ...emptyCaptureValues([]), firstName }, attributes: [], event, editing: null });
  // What the event bar shows: "Today" and "This event".
  const counters = async () => {
    const stats = await readCaptureStats(db);
    return { today: capturedOn(stats, localDay()), inEvent: stats.byEvent[event.id] ?? 0 };
  };
  return { capture, counters };
}

describe('the Today capture counter', () => {
  const zoneBefore = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterAll(() => {
    vi.useRealTimers();
    process.env.TZ = zoneBefore;
  });

  it('starts again at local midnight, before the new day’s first capture; the event keeps counting', async () => {
    const { capture, counters } = await expoWithCounters();
    at('2026-06-10T23:55:00');
    await capture('Ann');
    await capture('Bo');
    at('2026-06-10T23:59:59');
    expect(await counters()).toEqual({ today: 2, inEvent: 2 });
    at('2026-06-11T00:00:01');
    expect(await counters()).toEqual({ today: 0, inEvent: 2 });
    await capture('Cy');
    expect(await counters()).toEqual({ today: 1, inEvent: 3 });
  });

  it('keeps counting through midnight UTC, which is late afternoon here', async () => {
    const { capture, counters } = await expoWithCounters();
    at('2026-06-10T16:55:00');
    await capture('Ann');
    at('2026-06-10T17:05:00');
    expect(await counters()).toEqual({ today: 1, inEvent: 1 });
    await capture('Bo');
    expect(await counters()).toEqual({ today: 2, inEvent: 2 });
  });
});
