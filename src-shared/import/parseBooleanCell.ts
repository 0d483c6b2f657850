const trueWords = new Set(['yes', 'y', 'true', 't', '1', 'on', 'x', 'ja', 'oui', 'si', 'sí']);
const falseWords = new Set(['no', 'n', 'false', 'f', '0', 'off', 'nein', 'non']);

export function parseBooleanCell(text: string): { ok: true; value: boolean } | { ok: false; message: string } {
  const word = text.trim().toLowerCase();
  if (trueWords.has(word)) return { ok: true, value: true };
  if (falseWords.has(word)) return { ok: true, value: false };
  return { ok: false, message: `"${text}" is not yes/no, true/false or 1/0` };
}
