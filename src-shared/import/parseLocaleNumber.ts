export type NumberParseResult = { ok: true; value: number } | { ok: false; message: string };

// Thousands separators people and spreadsheets use besides the other decimal mark.
const spaceSeparators = /[\s\u00a0\u202f']/g;

// "1,234.56" or "1.234,56" (by the chosen decimal mark), "1 234,5", "-12", "3e4". Grouping
// must come in threes, so "1,5" in a file of decimal points is an error, not fifteen.
export function parseLocaleNumber(text: string, decimalSeparator: '.' | ','): NumberParseResult {
  const thousands = decimalSeparator === '.' ? ',' : '.';
  const compact = text.trim().replace(spaceSeparators, '');
  const [whole = '', fraction, extra] = compact.split(decimalSeparator);
  const wholeDigits = whole.replace(/^[-+]/, '');
  const grouped = wholeDigits.includes(thousands);
  const validWhole = grouped ? new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(wholeDigits) : /^\d*$/.test(wholeDigits);
  const validFraction = fraction === undefined || /^\d+(e[-+]?\d+)?$/i.test(fraction);
  const exponentOnly = fraction === undefined && /^[-+]?\d+e[-+]?\d+$/i.test(compact);
  if (extra !== undefined || (!exponentOnly && (!validWhole || !validFraction)) || (wholeDigits === '' && fraction === undefined)) {
    return { ok: false, message: `"${text}" is not a number written with "${decimalSeparator}" as the decimal mark` };
  }
  const normalized = `${whole.replaceAll(thousands, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: `"${text}" is not a number` };
}
