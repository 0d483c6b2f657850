import { notifications } from '@mantine/notifications';

const valueKey = (value: unknown) => JSON.stringify(value ?? null);

// While the user edited a field from `started` to `draft`, sync changed the stored value to
// `live`: their edits collided unless they ended at the same value.
export function editCollided(started: unknown, live: unknown, draft: unknown): boolean {
  const [from, now, typed] = [valueKey(started), valueKey(live), valueKey(draft)];
  return typed !== from && now !== from && now !== typed;
}

// The user's values are saved over the ones that arrived while they edited; say so.
export function notifyEditKeptOverIncoming(labels: readonly string[]): void {
  if (labels.length === 0) return;
  const fields = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  notifications.show({ color: 'yellow', title: `${fields} ${labels.length === 1 ? 'was' : 'were'} changed on another device while you edited`, message: `Your ${labels.length === 1 ? 'value was' : 'values were'} kept.` });
}
