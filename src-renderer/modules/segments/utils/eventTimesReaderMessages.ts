import type { EventTimesPart } from './readEventTimesByContact';

export type EventTimesReaderRequest = { requestId: number; databaseName: string; name: string };

export type EventTimesReaderReply = { requestId: number } & ({ type: 'part'; part: EventTimesPart } | { type: 'done' } | { type: 'failed'; message: string });
