import { describe, expect, it } from 'vitest';
import { RecordValidationError } from '@renderer/db/errors';
import { emptyCaptureValues, type CaptureFormValues } from '@renderer/modules/capture/utils/captureFormValues';
import { readCaptureEvent, readCaptureStats, writeCaptureEvent } from '@renderer/modules/capture/utils/captureSettings';
import { saveCapture } from '@renderer/modules/capture/utils/saveCapture';
import { startCaptureEvent, type CaptureEventInput } from '@renderer/modules/capture/utils/startCaptureEvent';
import { tooManyAttributesMessage } from '@shared/capture/captureEvent';
import { openTestDatabase } from '../../helpers/testDatabase';

const typed = (values: Partial<CaptureFormValues>): CaptureFormValues => ({ ...emptyCaptureValues([]), ...values });
const eventInput = (input: Partial<CaptureEventInput>): CaptureEventInput => ({ name: '', tagNames: [], listName: '', ownerId: null, source: '', attributeKeys: [], ...input });

describe('the event context', () => {
  it('puts the event’s owner, source, tags and list on every capture', async () => {
    const { db, mutations } = await openTestDatabase();
    const jo = await mutations.create('teamMembers', { name: 'Jo Ortiz', email: 'jo@outpost.test' });
    const event = await startCaptureEvent(db, mutations, eventInput({ name: 'Expo Lisbon', tagNames: ['Lisbon', 'Booth 4'], listName: 'Lisbon leads', ownerId: jo.id }));
    for (const firstName of ['Lia', 'Luis']) {
      const contact = await saveCapture(db, mutations, { values: typed({ firstName }), attributes: [], event, editing: null });
      expect(contact).toMatchObject({ ownerId: jo.id, source: 'Expo Lisbon', tagIds: event.tagIds, listIds: [event.listId] });
    }
    expect(event.tagIds).toHaveLength(2);
  });

  it('switches to another event in one call: the new one replaces the old and counts on its own', async () => {
    const { db, mutations } = await openTestDatabase();
    const lisbon = await startCaptureEvent(db, mutations, eventInput({ name: 'Expo Lisbon', tagNames: ['Lisbon'] }));
    await saveCapture(db, mutations, { values: typed({ firstName: 'Lia' }), attributes: [], event: lisbon, editing: null });
    const madrid = await startCaptureEvent(db, mutations, eventInput({ name: 'Expo Madrid', tagNames: ['Madrid', 'lisbon'], source: 'Trade fair' }));
    expect(await readCaptureEvent(db)).toEqual(madrid);
    // A tag typed again by another spelling is the same tag.
    expect(madrid.tagIds).toContain(lisbon.tagIds[0]);
    const mara = await saveCapture(db, mutations, { values: typed({ firstName: 'Mara' }), attributes: [], event: madrid, editing: null });
    expect(mara).toMatchObject({ source: 'Trade fair', ownerId: null, tagIds: madrid.tagIds });
    expect((await readCaptureStats(db)).byEvent).toEqual({ [lisbon.id]: 1, [madrid.id]: 1 });
  });

  it('ends the event: later captures get no event tags, list or owner', async () => {
    const { db, mutations } = await openTestDatabase();
    await startCaptureEvent(db, mutations, eventInput({ name: 'Expo Oslo', tagNames: ['Oslo'], listName: 'Oslo leads' }));
    await writeCaptureEvent(db, null);
    const event = await readCaptureEvent(db);
    expect(event).toBeNull();
    const nico = await saveCapture(db, mutations, { values: typed({ firstName: 'Nico' }), attributes: [], event, editing: null });
    expect(nico).toMatchObject({ source: 'Capture', ownerId: null, tagIds: [], listIds: [] });
  });

  it('keeps up to five extra fields in the order chosen, and refuses a sixth without writing anything', async () => {
    const { db, mutations } = await openTestDatabase();
    const keys = ['booth', 'budget', 'region', 'product', 'timeline', 'headcount'];
    const event = await startCaptureEvent(db, mutations, eventInput({ name: 'Expo Vienna', attributeKeys: keys.slice(0, 5) }));
    expect(event.attributeKeys).toEqual(keys.slice(0, 5));
    const starting = startCaptureEvent(db, mutations, eventInput({ name: 'Expo Graz', tagNames: ['Graz'], attributeKeys: keys }));
    await expect(starting).rejects.toBeInstanceOf(RecordValidationError);
    await expect(starting).rejects.toMatchObject({ issues: [{ field: 'attributeKeys', message: tooManyAttributesMessage }] });
    expect(await readCaptureEvent(db)).toEqual(event);
    expect(await db.tags.count()).toBe(0);
  });
});
