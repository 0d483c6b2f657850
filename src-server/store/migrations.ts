// Every schema change, in order. Never edit a released migration: append a new one. The same SQL
// runs on PGlite and on PostgreSQL. Keys and HLCs use the "C" collation so they compare byte by
// byte, exactly like JavaScript's string comparison in isNewerChange.

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'workspaces, users, devices, tokens, change log, latest values',
    sql: `
      create table workspaces (
        id text primary key,
        name text not null,
        -- The last sequence number assigned; pushes lock this row, so numbers follow commit order.
        seq bigint not null default 0,
        -- Log rows up to this sequence may have been compacted away.
        compacted_through bigint not null default 0,
        created_at timestamptz not null default now()
      );
      create table users (
        id text primary key,
        workspace_id text not null references workspaces (id),
        email text not null,
        role text not null check (role in ('admin', 'member')),
        created_at timestamptz not null default now(),
        unique (workspace_id, email)
      );
      create table pairing_codes (
        code_hash text primary key,
        user_id text not null references users (id),
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      );
      create table devices (
        id text primary key,
        user_id text not null references users (id),
        name text not null,
        created_at timestamptz not null default now()
      );
      create table tokens (
        id text primary key,
        token_hash text not null unique,
        device_id text not null references devices (id),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create table changes (
        workspace_id text not null references workspaces (id),
        seq bigint not null,
        table_name text collate "C" not null,
        row_id text collate "C" not null,
        field text collate "C" not null,
        -- JSON text, stored as sent: the server never looks inside a value.
        value text not null,
        hlc text collate "C" not null,
        stored_at timestamptz not null default now(),
        primary key (workspace_id, seq)
      );
      create table field_values (
        workspace_id text not null references workspaces (id),
        table_name text collate "C" not null,
        row_id text collate "C" not null,
        field text collate "C" not null,
        value text not null,
        hlc text collate "C" not null,
        -- The sequence number of the change that set this value; snapshots page by it.
        seq bigint not null,
        primary key (workspace_id, table_name, row_id, field)
      );
      create index field_values_by_seq on field_values (workspace_id, seq);
    `,
  },
  {
    version: 2,
    name: 'find records by external id, email or visitor id (ingest API)',
    // md5: a value pushed by a device can be any length, too long for a btree entry.
    sql: `
      create index field_values_by_identity on field_values (workspace_id, table_name, field, md5(value))
        where field in ('externalId', 'email', 'visitorId');
    `,
  },
  {
    version: 3,
    name: 'public site keys for the tracking snippet',
    // Public by design (it is in every tracked page): it can only post events, so it is kept
    // as it is, not hashed.
    sql: `
      create table site_keys (
        key text primary key,
        workspace_id text not null unique references workspaces (id),
        created_at timestamptz not null default now()
      );
    `,
  },
  {
    version: 4,
    name: 'when each device last synced',
    sql: `
      alter table devices add column last_seen_at timestamptz;
    `,
  },
];
