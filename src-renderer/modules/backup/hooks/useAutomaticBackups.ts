import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { bridge } from '../../../bridge/bridge';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useBackupSchedule } from './useBackupSchedule';
import { backupListQueryKey } from './useBackupList';
import { answerQuitRequest, backUpOnQuit } from '../utils/backUpOnQuit';
import { startBackupUseTimer, settingsUseTimeStore } from '../utils/backupUseTimer';
import { saveBackup } from '../utils/saveBackup';

const hourMs = 60 * 60 * 1000;
// A page hidden again soon after a backup is not backed up again.
const hiddenBackupGapMs = 10 * 60 * 1000;

// Backs up after every `intervalHours` of use (the page visible, counted across sessions), when
// the browser hides the page (the closest a page gets to "on quit"), and in Electron before the
// app quits; any of these starts the count of use again. Failures are left for the next round:
// a backup never interrupts the user, and earlier backups stay as they were.
export function useAutomaticBackups(): void {
  const { db } = useDatabase();
  const queryClient = useQueryClient();
  const { intervalHours, onQuit } = useBackupSchedule();

  useEffect(() => {
    if (intervalHours === 0) return;
    return startBackupUseTimer({
      intervalMs: intervalHours * hourMs,
      store: settingsUseTimeStore(db),
      inUse: () => document.visibilityState === 'visible',
      backUp: async () => {
        await saveBackup(db, 'scheduled');
        // Settings > Backups lists it while open.
        void queryClient.invalidateQueries({ queryKey: backupListQueryKey });
      },
    });
  }, [db, intervalHours, queryClient]);

  useEffect(() => {
    if (!onQuit) return;
    let lastHiddenBackup = Date.now();
    const onHidden = () => {
      if (document.visibilityState !== 'hidden' || Date.now() - lastHiddenBackup < hiddenBackupGapMs) return;
      lastHiddenBackup = Date.now();
      void backUpOnQuit(db)
        .then(() => queryClient.invalidateQueries({ queryKey: backupListQueryKey }))
        .catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [db, onQuit, queryClient]);

  // Listens whatever the setting: main holds every quit until the page answers.
  useEffect(() => answerQuitRequest(db, bridge), [db]);
}
