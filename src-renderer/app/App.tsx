import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { BackupEntry } from '@shared/ipc/bridgeContract';
import type { AppDatabase } from '../db/appDatabase';
import { DatabaseProvider } from '../db/DatabaseProvider';
import { StartupRestoreGate } from '../modules/backup/components/StartupRestoreGate';
import { createAppRouter } from './routes';
import { cssVariablesResolver, theme } from './theme';

// restoreOffer: the newest backup when the database was found empty at start.
export type AppProps = { database: AppDatabase; restoreOffer?: BackupEntry | null };

export function App({ database, restoreOffer = null }: AppProps) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { networkMode: 'offlineFirst' } } }));
  const [router] = useState(createAppRouter);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <DatabaseProvider database={database}>
          <StartupRestoreGate offer={restoreOffer}>
            <RouterProvider router={router} />
          </StartupRestoreGate>
        </DatabaseProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
