import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupFailure } from './app/components/StartupFailure';
import { openAppDatabase } from './db/appDatabase';
import { defaultDatabaseName } from './db/OutpostDb';
import { requestPersistentStorage } from './db/persistentStorage';
import { currentSchemaVersion } from './db/schemaVersions';
import { findStartupRestoreOffer } from './modules/backup/utils/findStartupRestoreOffer';
import { openWithUpgradeBackup } from './modules/backup/utils/openWithUpgradeBackup';
import { saveBackup } from './modules/backup/utils/saveBackup';

const root = createRoot(document.getElementById('root') as HTMLElement);
let attempts = 0;

// `withoutBackup`: the user chose, on the start-up screen, to update the database although the
// backup before the update failed.
async function start({ withoutBackup = false } = {}): Promise<void> {
  void requestPersistentStorage();
  try {
    const database = await openWithUpgradeBackup({
      name: defaultDatabaseName,
      targetVersion: currentSchemaVersion,
      open: () => openAppDatabase(),
      backUp: (installed) => saveBackup(installed, 'before-upgrade'),
      withoutBackup,
    });
    // A lost database must not start empty (or sync) before the user has seen its backups.
    const restoreOffer = await findStartupRestoreOffer(database.db).catch(() => null);
    root.render(
      <StrictMode>
        <App database={database} restoreOffer={restoreOffer} />
      </StrictMode>,
    );
  } catch (error) {
    // A screen of its own for each attempt: the last one's buttons stay busy otherwise.
    attempts += 1;
    root.render(<StartupFailure key={attempts} error={error} onRetry={(options) => void start(options)} />);
  }
}

void start();
