import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: {
    alias: { '@shared': resolve(root, 'src-shared'), '@renderer': resolve(root, 'src-renderer') },
  },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}', 'test/property/**/*.test.{ts,tsx}', 'test/server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fakeIndexedDb.ts'],
    testTimeout: 30_000,
    // Opening an embedded PostgreSQL (PGlite) in beforeAll takes seconds on a busy machine.
    hookTimeout: 30_000,
  },
});
