import { vCardToRow } from './parseVCardLines';

// Reads vCard text pushed in pieces (vCard 3 and 4, and 2.1's quoted-printable) and gives back
// one row per card as each card ends. Folded lines (a line break followed by a space or a tab)
// are joined; so are quoted-printable soft breaks (a line ending in "=").
export function createVCardReader() {
  let pending = '';
  let card: string[] | null = null;
  let current: string | null = null;
  const rows: string[][] = [];

  function endLine(line: string): void {
    if (current !== null && /^[ \t]/.test(line)) {
      current += line.slice(1);
      return;
    }
    if (current !== null && /ENCODING=QUOTED-PRINTABLE/i.test(current) && current.endsWith('=')) {
      current = `${current.slice(0, -1)}${line}`;
      return;
    }
    if (current !== null) takeLine(current);
    current = line;
  }

  function takeLine(line: string): void {
    if (/^BEGIN:VCARD$/i.test(line.trim())) card = [];
    else if (/^END:VCARD$/i.test(line.trim())) {
      if (card) rows.push(vCardToRow(card));
      card = null;
    } else if (card && line.trim()) card.push(line);
  }

  return {
    push(text: string): string[][] {
      pending += text;
      // A final "\r" may be the first half of "\r\n": it waits for the next piece.
      const cut = pending.endsWith('\r') ? pending.length - 1 : pending.length;
      const lines = pending.slice(0, cut).split(/\r\n|\n|\r/);
      // The last line may be continued by the next piece.
      pending = (lines.pop() ?? '') + pending.slice(cut);
      for (const line of lines) endLine(line);
      return rows.splice(0);
    },
    end(): string[][] {
      if (pending) endLine(pending);
      if (current !== null) takeLine(current);
      pending = '';
      current = null;
      return rows.splice(0);
    },
  };
}
