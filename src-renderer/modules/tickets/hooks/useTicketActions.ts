import { useCallback, useMemo } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { RecordPatch } from '../../../db/mutations/createMutationLayer';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { addTicketMessage, type TicketMessageDraft } from '../utils/addTicketMessage';
import { changeTicketStatus, type TicketAuthor } from '../utils/changeTicketStatus';
import type { TicketStatus } from '../utils/ticketStatus';


// The writes an agent makes on a ticket, signed by the current member; failures are reported,
// and each resolves true once it is saved.
export function useTicketActions() {
  const { db, mutations } = useDatabase();
  const member = useCurrentMember();
  const author: TicketAuthor = useMemo(() => (member ? { id: member.id, name: member.name } : null), [member]);

  const changeStatus = useCallback(
    async (ticketId: string, status: TicketStatus): Promise<boolean> => {
      try {
        const entry = await changeTicketStatus(db, mutations, ticketId, status, author);
        if (entry) showUndoNotification(entry, mutations);
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      }
    },
    [db, mutations, author],
  );

  const updateTicket = useCallback(
    async (ticketId: string, patch: RecordPatch<'tickets'>): Promise<boolean> => {
      try {
        await mutations.update('tickets', ticketId, patch);
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      }
    },
    [mutations],
  );

  const addMessage = useCallback(
    async (ticketId: string, draft: TicketMessageDraft): Promise<boolean> => {
      try {
        await addTicketMessage(db, mutations, ticketId, draft, author);
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      }
    },
    [db, mutations, author],
  );

  return { changeStatus, updateTicket, addMessage };
}
