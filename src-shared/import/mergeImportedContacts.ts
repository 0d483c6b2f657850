import { foldText } from '../text/foldText';
import type { ImportedContact } from './importTypes';

function union(first: string[], second: string[]): string[] {
  const seen = new Set(first.map(foldText));
  return [...first, ...second.filter((name) => !seen.has(foldText(name)))];
}

// Two rows of one file about the same person: the later row's values win, empty cells keep
// the earlier ones, and tags and lists add up.
export function mergeImportedContacts(earlier: ImportedContact, later: ImportedContact): ImportedContact {
  const fields = { ...earlier.fields, ...later.fields };
  if (earlier.fields.custom || later.fields.custom) fields.custom = { ...earlier.fields.custom, ...later.fields.custom };
  return {
    fields,
    tagNames: union(earlier.tagNames, later.tagNames),
    listNames: union(earlier.listNames, later.listNames),
    companyName: later.companyName || earlier.companyName,
    jobTitle: later.jobTitle || earlier.jobTitle,
  };
}
