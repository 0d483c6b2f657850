import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';

// The names deal cards and rows show for their ids: the contact list's reference names.
export type DealNames = Pick<ReferenceNames, 'owners' | 'companies'>;
