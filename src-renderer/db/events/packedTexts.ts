// A list of strings kept as one text and where each ends. Structured clone (IndexedDB reads,
// postMessage) pays per value: reading 500,000 ids stored as strings cost more than everything
// else in a segment's first count, and the same ids as 2,000 texts a small part of that. A
// typed array is copied whole, where an array of numbers is read number by number.
export type PackedTexts = { text: string; ends: Int32Array };

export function packTexts(texts: readonly string[]): PackedTexts {
  const ends = new Int32Array(texts.length);
  let length = 0;
  texts.forEach((text, index) => {
    length += text.length;
    ends[index] = length;
  });
  return { text: texts.join(''), ends };
}

export function unpackTexts({ text, ends }: PackedTexts): string[] {
  return Array.from(ends, (end, index) => text.slice(index === 0 ? 0 : ends[index - 1], end));
}
