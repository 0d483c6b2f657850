import { rename, rm, writeFile } from 'node:fs/promises';

// Written to a temporary file first and renamed, so a full disk or a crash never leaves a
// half-written file under the real name (rename replaces a file in one step).
export async function writeFileAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
