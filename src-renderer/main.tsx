import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupFailure } from './app/components/StartupFailure';
import { openAppDatabase } from './db/appDatabase';
import { requestPersistentStorage } from './db/persistentStorage';

const root = createRoot(document.getElementById('root') as HTMLElement);

async function start(): Promise<void> {
  void requestPersistentStorage();
  try {
    const database = await openAppDatabase();
    root.render(
      <StrictMode>
        <App database={database} />
      </StrictMode>,
    );
  } catch (error) {
    root.render(<StartupFailure error={error} />);
  }
}

void start();
