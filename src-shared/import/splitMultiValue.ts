import { foldText } from '../text/foldText';

// "vip | Berlin|vip" -> ["vip", "Berlin"]: trimmed, empty parts dropped, repeats (by folded
// spelling) kept once.
export function splitMultiValue(text: string, separator: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of separator ? text.split(separator) : [text]) {
    const value = part.trim();
    const key = foldText(value);
    if (!value || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}
