export type LineBreak = '\r\n' | '\n' | '\r';

// The line break a CSV text uses: its first one outside quotes (toggling on every quote also
// skips doubled ones). null while more text could still change the answer: a "\r" at the end
// may be half of "\r\n", and text without a break may have one later.
export function firstLineBreak(text: string, complete: boolean): LineBreak | null {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') return '\n';
    else if (char === '\r') {
      if (index + 1 < text.length) return text[index + 1] === '\n' ? '\r\n' : '\r';
      return complete ? '\r' : null;
    }
  }
  return complete ? '\n' : null;
}
