import type { CapturedFields } from './capturedFields';
import { parseMeCard } from './parseMeCard';
import { parseSignature } from './parseSignature';
import { readVCardCards } from './readVCardCards';

export type ScanFormat = 'vcard' | 'mecard' | 'url' | 'text' | 'unknown';
export type ParsedScan = { format: ScanFormat; fields: CapturedFields };

const emailPattern = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;

// What a badge's QR code holds, as fields for the form to review: a vCard, a MECARD, a web
// address (often a profile page), or text with an email in it. Anything else goes to notes,
// so no scan is ever lost.
export function parseScanPayload(payload: string): ParsedScan {
  const text = payload.trim();
  if (/^BEGIN:VCARD/i.test(text)) {
    const [card] = readVCardCards(text);
    if (card && Object.keys(card).length > 0) return { format: 'vcard', fields: card };
  }
  if (/^MECARD:/i.test(text)) {
    const fields = parseMeCard(text);
    if (Object.keys(fields).length > 0) return { format: 'mecard', fields };
  }
  if (/^https?:\/\/\S+$/i.test(text)) return { format: 'url', fields: { website: text } };
  if (emailPattern.test(text)) return { format: 'text', fields: parseSignature(text) };
  return { format: 'unknown', fields: text ? { notes: text } : {} };
}
