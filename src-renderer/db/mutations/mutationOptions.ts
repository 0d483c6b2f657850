// Rows per transaction for bulk writes: IndexedDB pays per transaction and per row, and 2,000
// keeps each transaction short enough for the UI to stay responsive between chunks.
export const defaultChunkSize = 2000;

export type MutationLayerOptions = { now?: () => Date; chunkSize?: number };
