const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'herr', 'frau', 'mme', 'mlle', 'm']);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'mba']);
// Particles that belong to the family name: "Ludwig van Beethoven" is "Ludwig" + "van Beethoven".
const surnameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'ten', 'ter', 'zu', 'bin', 'al']);

const bare = (word: string) => word.toLowerCase().replace(/[.,]/g, '');

// "Dr. Ada King", "King, Ada" and "Ludwig van Beethoven Jr." as first and last name. A single
// word is a first name.
export function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const text = fullName.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const [last, first] = [text.slice(0, comma).trim(), text.slice(comma + 1).trim()];
    // "King, Ada" is reversed; "Ada King, PhD" is a suffix.
    if (first && !suffixes.has(bare(first))) return { firstName: stripTitles(first.split(' ')).join(' '), lastName: last };
  }
  const words = stripTitles(text.replaceAll(',', ' ').split(' '));
  while (words.length > 1 && suffixes.has(bare(words.at(-1) ?? ''))) words.pop();
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  let lastStart = words.length - 1;
  while (lastStart > 1 && surnameParticles.has(bare(words[lastStart - 1] ?? ''))) lastStart -= 1;
  return { firstName: words.slice(0, lastStart).join(' '), lastName: words.slice(lastStart).join(' ') };
}

function stripTitles(words: string[]): string[] {
  const rest = words.filter(Boolean);
  while (rest.length > 1 && honorifics.has(bare(rest[0] ?? ''))) rest.shift();
  return rest;
}
