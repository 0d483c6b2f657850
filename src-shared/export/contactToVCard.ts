// vCard 4.0 (RFC 6350) for one contact: the fields a phone or mail client understands.
export type VCardContact = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  city: string;
  country: string;
  about: string;
  organization: string;
  title: string;
  updatedAt: string;
  socialProfiles: Record<string, string>;
};

// Backslash, comma, semicolon and newlines are escaped in text values (RFC 6350 3.4).
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

// Lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 character.
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

// REV wants a UTC timestamp without separators: 20261204T101500Z.
function revision(iso: string): string {
  return `${new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
}

export function contactToVCard(contact: VCardContact): string {
  const fullName = `${contact.firstName} ${contact.lastName}`.trim() || contact.email || contact.phone || 'Unnamed contact';
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:outpost:contact:${contact.id}`,
    `FN:${escapeText(fullName)}`,
    `N:${escapeText(contact.lastName)};${escapeText(contact.firstName)};;;`,
    contact.email && `EMAIL;TYPE=work:${escapeText(contact.email)}`,
    contact.phone && `TEL;VALUE=uri;TYPE=cell:tel:${contact.phone}`,
    contact.organization && `ORG:${escapeText(contact.organization)}`,
    contact.title && `TITLE:${escapeText(contact.title)}`,
    (contact.city || contact.country) && `ADR;TYPE=work:;;;${escapeText(contact.city)};;;${escapeText(contact.country)}`,
    ...Object.entries(contact.socialProfiles).map(([network, url]) => `X-SOCIALPROFILE;TYPE=${escapeText(network)}:${escapeText(url)}`),
    contact.about && `NOTE:${escapeText(contact.about)}`,
    `REV:${revision(contact.updatedAt)}`,
    'END:VCARD',
  ];
  return lines
    .filter((line): line is string => Boolean(line))
    .map(foldLine)
    .join('\r\n');
}
