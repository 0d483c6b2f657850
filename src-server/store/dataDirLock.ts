import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

// PGlite is one process's database: a second process opening the same folder would corrupt it.
// The first one to open it writes its pid here; a lock left by a process that died is taken over.
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = join(dataDir, 'outpost-server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(lockPath, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lockPath, 'utf8').catch(() => ''));
      if (owner && isRunning(owner)) {
        throw new Error(`The data folder ${dataDir} is in use by another Outpost server process (pid ${owner}); stop it first, or use PostgreSQL (DATABASE_URL) to share storage.`, { cause: error });
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
