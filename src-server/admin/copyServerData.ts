import type { SqlExecutor, SqlParam, SyncStore } from '../store/SyncStore';
import { AdminError } from './AdminError';

// Every table the migrations create, parents before children. A test checks the list against
// the database, so a table added by a later migration cannot be left behind by a move.
export const serverTables = ['workspaces', 'users', 'pairing_codes', 'devices', 'tokens', 'changes', 'field_values', 'site_keys'] as const;

const pageRows = 2000;
// PostgreSQL takes at most 65,535 parameters in one statement.
const maxParameters = 30_000;

// Moves a whole server, for instance a team hub's embedded database, into an empty one: rows
// are copied as they are, sequence numbers and token hashes included, so every device's token
// and pull cursor stay valid on the new server. One transaction on the target: a failed move
// leaves it empty.
export async function copyServerData(source: SyncStore, target: SyncStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await target.transaction(async (tx) => {
    const existing = await tx.query<{ count: number }>('select count(*)::int as count from workspaces');
    if ((existing.rows[0]?.count ?? 0) > 0) throw new AdminError('The target server already holds a workspace: move into a new, empty one.');
    for (const table of serverTables) counts[table] = await copyTable(source, tx, table);
  });
  return counts;
}

async function copyTable(source: SyncStore, target: SqlExecutor, table: string): Promise<number> {
  const columns = await source.query<{ name: string }>(
    `select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
    [table],
  );
  const names = columns.rows.map((column) => column.name);
  const quoted = names.map((name) => `"${name}"`).join(', ');
  let copied = 0;
  for (let offset = 0; ; offset += pageRows) {
    // Ordered by every column: stable pages without knowing each table's key.
    const page = await source.query<Record<string, unknown>>(`select ${quoted} from ${table} order by ${quoted} limit ${pageRows} offset ${offset}`);
    const rowsPerInsert = Math.max(1, Math.floor(maxParameters / names.length));
    for (let start = 0; start < page.rows.length; start += rowsPerInsert) {
      const rows = page.rows.slice(start, start + rowsPerInsert);
      const params: SqlParam[] = rows.flatMap((row) => names.map((name) => asParam(row[name])));
      const tuples = rows.map((_, rowIndex) => `(${names.map((__, column) => `$${rowIndex * names.length + column + 1}`).join(', ')})`);
      await target.query(`insert into ${table} (${quoted}) values ${tuples.join(', ')}`, params);
    }
    copied += page.rows.length;
    if (page.rows.length < pageRows) return copied;
  }
}

function asParam(value: unknown): SqlParam {
  if (typeof value === 'bigint') return value.toString();
  return value as SqlParam;
}
