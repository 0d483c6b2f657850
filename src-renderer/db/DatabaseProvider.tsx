import { createContext, useContext, type ReactNode } from 'react';
import type { AppDatabase } from './appDatabase';

const DatabaseContext = createContext<AppDatabase | null>(null);

export type DatabaseProviderProps = { database: AppDatabase; children: ReactNode };

export function DatabaseProvider({ database, children }: DatabaseProviderProps) {
  return <DatabaseContext.Provider value={database}>{children}</DatabaseContext.Provider>;
}

export function useDatabase(): AppDatabase {
  const database = useContext(DatabaseContext);
  if (!database) throw new Error('useDatabase needs a DatabaseProvider');
  return database;
}
