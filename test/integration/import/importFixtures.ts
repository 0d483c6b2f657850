import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// A fixture of test/fixtures/import as the file a user would choose.
export function fixtureFile(name: string): Blob {
  return new Blob([readFileSync(resolve(import.meta.dirname, '../../fixtures/import', name))]);
}
