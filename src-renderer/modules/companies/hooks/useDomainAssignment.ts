import { useEffect } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { startDomainAssignment } from '../utils/startDomainAssignment';

// Assigns companies by email domain for as long as the app shell is mounted.
export function useDomainAssignment(): void {
  const database = useDatabase();
  useEffect(() => startDomainAssignment(database, showWriteError), [database]);
}
