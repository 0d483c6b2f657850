import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { hubStartPayloadSchema } from '@shared/hub/hubMessages';

const hubConfigSchema = z.object({ hosting: hubStartPayloadSchema.nullable(), keepInTray: z.boolean() });
export type HubConfig = z.infer<typeof hubConfigSchema>;

export type HubConfigFile = {
  load(): Promise<HubConfig>;
  update(patch: Partial<HubConfig>): Promise<HubConfig>;
  // The last value loaded or saved, for decisions that cannot wait for the disk.
  current(): HubConfig;
};

const notHosting: HubConfig = { hosting: null, keepInTray: false };

// Whether this computer hosts the team hub, and how: kept by main so hosting resumes when the
// app starts again, before any window asks. A damaged file counts as not hosting.
export function createHubConfigFile(path: string): HubConfigFile {
  let current = notHosting;
  return {
    async load() {
      try {
        const parsed = hubConfigSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        current = parsed.success ? parsed.data : notHosting;
      } catch {
        current = notHosting;
      }
      return current;
    },
    async update(patch) {
      const next = { ...current, ...patch };
      await writeFile(`${path}.tmp`, JSON.stringify(next), { mode: 0o600 });
      await rename(`${path}.tmp`, path);
      current = next;
      return next;
    },
    current: () => current,
  };
}
