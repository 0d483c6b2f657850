import type { OutpostBridge } from '@shared/ipc/bridgeMethods';
import type { OutpostDb } from '../../../db/OutpostDb';
import { readBackupSchedule } from './backupSchedule';
import { settingsUseTimeStore } from './backupUseTimer';
import { saveBackup } from './saveBackup';

export type QuitRequests = Pick<OutpostBridge, 'waitForQuit' | 'readyToQuit'>;

// A backup on quit also starts the count of use again.
export async function backUpOnQuit(db: OutpostDb): Promise<void> {
  await saveBackup(db, 'on-quit');
  await settingsUseTimeStore(db).reset();
}

// When main asks to quit, backs up if "Also when Outpost closes" is on at that moment, then
// answers ready, whatever the setting or the backup's outcome: main holds the quit until it
// hears back. Returns a function that stops listening (for an unmounted hook, whose successor
// listens and answers instead).
export function answerQuitRequest(db: OutpostDb, quit: QuitRequests): () => void {
  let listening = true;
  void quit.waitForQuit().then(async () => {
    if (!listening) return;
    try {
      if ((await readBackupSchedule(db)).onQuit) await backUpOnQuit(db);
    } catch {
      // The app quits anyway; earlier backups stay as they were.
    }
    await quit.readyToQuit();
  });
  return () => {
    listening = false;
  };
}
