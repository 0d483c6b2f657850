// The server's storage: one SQL dialect (PostgreSQL's) over PGlite or a real PostgreSQL.

export type SqlParam = string | number | boolean | null | Date | readonly string[] | readonly number[];

export type SqlExecutor = {
  query<Row>(sql: string, params?: readonly SqlParam[]): Promise<{ rows: Row[] }>;
  // Runs a script of several statements without parameters (migrations).
  exec(sql: string): Promise<void>;
};

export type SyncStore = SqlExecutor & {
  readonly kind: 'pglite' | 'postgres';
  // Where the data lives, for the start-up line and /health; never includes a password.
  readonly location: string;
  // Runs `work` in one transaction on one connection; rolls back if it throws.
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  // PostgreSQL only: calls `onMessage` with every NOTIFY payload on `channel`, from any process
  // using the database, over a connection of its own; resolves to a function that stops it.
  listen?(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export type SyncStoreOptions = { kind: 'pglite'; dataDir?: string } | { kind: 'postgres'; url: string };
