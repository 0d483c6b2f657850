// Case- and accent-insensitive form used for search and sorting: "Zoë Ødegård" -> "zoe odegard".
const combiningMarks = /[\u0300-\u036f]/g;
const specialLetters: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };
const specialLetterPattern = /[øæœßłđþı]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(specialLetterPattern, (letter) => specialLetters[letter] ?? letter);
}

const wordSeparators = /[^\p{L}\p{N}]+/u;

// Words for a prefix index: every folded word of every value, deduplicated.
export function searchTokens(...values: Array<string | null | undefined>): string[] {
  const tokens = new Set<string>();
  for (const value of values) {
    if (!value) continue;
    for (const word of foldText(value).split(wordSeparators)) {
      if (word) tokens.add(word);
    }
  }
  return [...tokens];
}
