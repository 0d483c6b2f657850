import type { NoteFields } from '@shared/domain/note';

// What a note or logged activity is about: a contact now, a company, deal or ticket later.
export type NoteSubject = Partial<Pick<NoteFields, 'contactId' | 'companyId' | 'dealId' | 'ticketId'>>;
