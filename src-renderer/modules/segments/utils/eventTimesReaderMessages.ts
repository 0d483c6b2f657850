import type { EventTimesPart } from './readEventTimesByContact';

export type EventTimesReaderRequest = { databaseName: string; name: string };

export type EventTimesReaderReply = { type: 'part'; part: EventTimesPart } | { type: 'done' } | { type: 'failed'; message: string };
