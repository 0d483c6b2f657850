import { captureEventSchema, type CaptureEvent } from '@shared/capture/captureEvent';
import { newId } from '@shared/ids';
import { foldText } from '@shared/text/foldText';
import { RecordValidationError } from '../../../db/errors';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import { emptyNamedIdCache, resolveNamedIds } from '../../import/utils/resolveNamedIds';
import { ensureCaptureAttributes } from './captureAttributes';
import { writeCaptureEvent } from './captureSettings';

export type CaptureEventInput = { name: string; tagNames: string[]; listName: string; ownerId: string | null; source: string; attributeKeys: string[] };

// Starts (or switches to) an event: tags and the list are found by name or created, as an
// import does, and the event is kept in the settings table so it survives a restart.
export async function startCaptureEvent(db: OutpostDb, mutations: MutationLayer, input: CaptureEventInput): Promise<CaptureEvent> {
  const draft = { id: newId(), name: input.name.trim(), tagIds: [], listId: null, ownerId: input.ownerId, source: input.source.trim() || input.name.trim(), attributeKeys: input.attributeKeys, startedAt: new Date().toISOString() };
  const checked = captureEventSchema.safeParse(draft);
  if (!checked.success) throw RecordValidationError.fromZod('captureEvent', checked.error);
  const tagNames = input.tagNames.map((name) => name.trim()).filter(Boolean);
  const listName = input.listName.trim();
  return db.transaction('rw', ['tags', 'lists', 'attributeDefinitions', 'settings', 'outbox', 'syncMeta'], async () => {
    const cache = emptyNamedIdCache();
    const tagIds = tagNames.length > 0 ? await resolveNamedIds(db, mutations, 'tags', tagNames, cache) : new Map<string, string>();
    const listIds = listName ? await resolveNamedIds(db, mutations, 'lists', [listName], cache) : new Map<string, string>();
    await ensureCaptureAttributes(db, mutations);
    const event: CaptureEvent = {
      ...checked.data,
      tagIds: [...new Set(tagNames.map((name) => tagIds.get(foldText(name)) as string))],
      listId: listName ? (listIds.get(foldText(listName)) ?? null) : null,
    };
    await writeCaptureEvent(db, event);
    return event;
  });
}
