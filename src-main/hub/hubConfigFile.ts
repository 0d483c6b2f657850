import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hubStartPayloadSchema, type HubStartPayload } from '@shared/hub/hubMessages';

export type HubConfigFile = {
  load(): Promise<HubStartPayload | null>;
  save(config: HubStartPayload): Promise<void>;
  clear(): Promise<void>;
};

// Whether this computer hosts the team hub, and how: kept by main so hosting resumes when the
// app starts again, before any window asks. A damaged file counts as not hosting.
export function createHubConfigFile(path: string): HubConfigFile {
  return {
    async load() {
      try {
        const parsed = hubStartPayloadSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async save(config) {
      await writeFile(`${path}.tmp`, JSON.stringify(config), { mode: 0o600 });
      await rename(`${path}.tmp`, path);
    },
    clear: () => rm(path, { force: true }),
  };
}
