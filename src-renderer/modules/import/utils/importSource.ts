// The bytes of a file to import, read a range at a time as Blob.slice reads them, so a 100 MB
// file never sits whole in memory: a File (dropped, or chosen in a page's file input) is one, and
// so is a file chosen in Electron's native dialog, which main reads through the bridge.
export type ImportSource = { readonly size: number; slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> } };

// A chosen file: its name, and for one main keeps open, how to let it go.
export type ChosenImportFile = ImportSource & { readonly name: string; close?(): Promise<void> };

// Within what the bridge reads at a time (openFileReadLimitBytes).
export const importRangeBytes = 1024 * 1024;

// The source's bytes from the start, one range at a time. A range may come back shorter than
// asked (reading goes on after it); an empty one before the end means the file shrank.
export async function* readImportRanges(source: ImportSource): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < source.size; ) {
    const bytes = new Uint8Array(await source.slice(start, Math.min(start + importRangeBytes, source.size)).arrayBuffer());
    if (bytes.byteLength === 0) throw new Error('The file changed while it was read.');
    start += bytes.byteLength;
    yield bytes;
  }
}
