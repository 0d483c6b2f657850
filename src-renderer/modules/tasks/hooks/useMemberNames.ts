import { useMemo } from 'react';
import { useOwnerOptions } from '../../contacts/components/form/useOwnerOptions';

// Team member names by id, from the same live list the assignee pickers offer.
export function useMemberNames(): ReadonlyMap<string, string> {
  const members = useOwnerOptions();
  return useMemo(() => new Map((members ?? []).map((member) => [member.value, member.label])), [members]);
}
