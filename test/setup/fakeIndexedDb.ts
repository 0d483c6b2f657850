// Every vitest file gets a fresh in-memory IndexedDB, so database tests need no browser.
import 'fake-indexeddb/auto';
