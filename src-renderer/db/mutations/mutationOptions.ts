// Rows per transaction for bulk writes: IndexedDB pays per transaction and per row, and 2,000
// keeps each transaction short enough for the UI to stay responsive between chunks.
export const defaultChunkSize = 2000;

// Events are packed 500 to a row (db/events): 6,000 of them make a transaction of about the rows
// and bytes of 2,000 contacts, and storing a million commits 167 times instead of 500.
export const eventsChunkSize = 6000;

export type MutationLayerOptions = { now?: () => Date; chunkSize?: number };
