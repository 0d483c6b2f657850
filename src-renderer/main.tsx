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

async function start(): Promise<void> {
  void requestPersistentStorage();
  try {
    const database = await openWithUpgradeBackup({
      name: defaultDatabaseName,
      targetVersion: currentSchemaVersion,
      open: () => openAppDatabase(),
      backUp: (installed) => saveBackup(installed, 'before-upgrade'),
    });
    // A lost database must not start empty (or sync) before the user has seen its backups.
    const restoreOffer = await findStartupRestoreOffer(database.db).catch(() => null);
    root.render(
      <StrictMode>
        <App database={database} restoreOffer={restoreOffer} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupFailure error={error} />);
  }
}

void start();
