import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppDatabase } from '../db/appDatabase';
import { DatabaseProvider } from '../db/DatabaseProvider';
import { createAppRouter } from './routes';
import { cssVariablesResolver, theme } from './theme';

export type AppProps = { database: AppDatabase };

export function App({ database }: AppProps) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { networkMode: 'offlineFirst' } } }));
  const [router] = useState(createAppRouter);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <DatabaseProvider database={database}>
          <RouterProvider router={router} />
        </DatabaseProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
