import { useEffect } from 'react';
import { bridge } from '../../../bridge/bridge';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useBackupSchedule } from './useBackupSchedule';
import { saveBackup } from '../utils/saveBackup';

const hourMs = 60 * 60 * 1000;
// A page hidden again soon after a backup is not backed up again.
const hiddenBackupGapMs = 10 * 60 * 1000;

// Backs up after every `intervalHours` of use, when the browser hides the page (the closest a
// page gets to "on quit"), and in Electron before the app quits. Failures are left for the next
// round: a backup never interrupts the user, and earlier backups stay as they were.
export function useAutomaticBackups(): void {
  const { db } = useDatabase();
  const { intervalHours, onQuit } = useBackupSchedule();

  useEffect(() => {
    if (intervalHours === 0) return;
    const timer = setInterval(() => void saveBackup(db, 'scheduled').catch(() => undefined), intervalHours * hourMs);
    return () => clearInterval(timer);
  }, [db, intervalHours]);

  useEffect(() => {
    if (!onQuit) return;
    let lastHiddenBackup = Date.now();
    const onHidden = () => {
      if (document.visibilityState !== 'hidden' || Date.now() - lastHiddenBackup < hiddenBackupGapMs) return;
      lastHiddenBackup = Date.now();
      void saveBackup(db, 'on-quit').catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onHidden);
    let active = true;
    void bridge.waitForQuit().then(async () => {
      if (!active) return;
      await saveBackup(db, 'on-quit').catch(() => undefined);
      await bridge.readyToQuit();
    });
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [db, onQuit]);
}
