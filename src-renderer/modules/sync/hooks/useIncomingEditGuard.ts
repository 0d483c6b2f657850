import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { editCollided, notifyEditKeptOverIncoming } from '../utils/editCollision';

// How long after saving a field a newer value from another device counts as having beaten
// the user's: a debounce, a sync round and a poke fit well inside it.
const watchAfterSaveMs = 120_000;

const key = (value: unknown) => JSON.stringify(value ?? null);

// Sync may change a stored value while the user edits it. The control keeps the user's draft
// (the incoming value shows once they leave the field); this guard makes sure that leaving
// without a change never writes the old value back over the incoming one, and tells the user
// when another device's value and theirs collided, whichever won.
export function useIncomingEditGuard(label: string, liveValue: unknown) {
  // What the field held when editing began; null while not editing.
  const started = useRef<{ value: unknown } | null>(null);
  // After a save: the first change of the value is the save itself (as stored, normalised),
  // any later one within the window came from elsewhere.
  const watch = useRef<{ stored: string | null; until: number } | null>(null);
  const live = key(liveValue);

  useEffect(() => {
    const watched = watch.current;
    if (!watched) return;
    if (watched.stored === null) {
      watched.stored = live;
      return;
    }
    if (live === watched.stored) return;
    watch.current = null;
    if (Date.now() > watched.until) return;
    notifications.show({ color: 'yellow', title: `${label} changed on another device`, message: 'A newer edit made elsewhere replaced yours.' });
  }, [label, live]);

  return {
    begin(): void {
      started.current = { value: liveValue };
      watch.current = null;
    },
    // The draft is what the field held when editing began: nothing to save.
    isUnchanged(draft: unknown): boolean {
      return started.current !== null && key(draft) === key(started.current.value);
    },
    // Called before the draft is written, so the write's own echo is what the watch sees first.
    saving(draft: unknown): void {
      if (started.current && editCollided(started.current.value, liveValue, draft)) notifyEditKeptOverIncoming([label]);
      watch.current = { stored: null, until: Date.now() + watchAfterSaveMs };
      started.current = null;
    },
    // The write was refused: nothing to watch.
    failed(): void {
      watch.current = null;
    },
  };
}
