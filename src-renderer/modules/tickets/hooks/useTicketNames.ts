import { useMemo } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { useReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import type { TicketNames } from '../utils/ticketNames';
import { useContactNames } from './useContactNames';
import { useTicketCategories } from './useTicketCategories';

export function useTicketNames(tickets: ReadonlyArray<StoredRecord<'tickets'>>): TicketNames {
  const contacts = useContactNames(tickets.map((ticket) => ticket.contactId));
  const { owners } = useReferenceNames();
  const categoryRows = useTicketCategories({ includeDeleted: true });
  const categories = useMemo(() => new Map((categoryRows ?? []).map((category) => [category.id, category.name])), [categoryRows]);
  return useMemo(() => ({ contacts, members: owners, categories }), [contacts, owners, categories]);
}
