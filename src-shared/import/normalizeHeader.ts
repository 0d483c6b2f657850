import { foldText } from '../text/foldText';

// "E-mail 1 - Value" and "email1value" compare equal: folded, letters and digits only.
export function normalizeHeader(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}
