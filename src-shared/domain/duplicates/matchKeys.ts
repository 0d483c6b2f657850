import { searchTokens } from '../../text/foldText';

const gmailDomains = new Set(['gmail.com', 'googlemail.com']);

// The mailbox an address reaches: lowercased and trimmed, as emails are stored. Gmail ignores
// dots and anything after "+" in the local part and treats googlemail.com as gmail.com, so
// those spellings are one person. Other providers are left alone: a dot or a "+" can matter there.
export function emailMatchKey(email: string | null | undefined): string | null {
  const address = email?.trim().toLowerCase();
  if (!address) return null;
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  if (at <= 0 || !gmailDomains.has(domain)) return address;
  const local = address.slice(0, at);
  const mailbox = (local.split('+')[0] ?? '').replaceAll('.', '');
  return `${mailbox || local}@gmail.com`;
}

// Folded name words in sorted order, so "Zoë Ødegård" and "Odegard, Zoe" give the same key
// (swapped first and last names); '' when the contact has no name.
export function nameMatchKey(firstName: string, lastName: string): string {
  return searchTokens(firstName, lastName).sort().join(' ');
}
