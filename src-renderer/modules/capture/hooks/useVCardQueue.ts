import type { CapturedFields } from '@shared/capture/capturedFields';
import { readVCardCards } from '@shared/capture/readVCardCards';
import { useState } from 'react';

export type VCardQueue = {
  // 1-based position of the card in the form, and how many the file had.
  position: number;
  total: number;
  // Every card of the file; the first is in the form.
  open: (file: File) => Promise<CapturedFields[]>;
  // The card after the current one, or null when the file is done.
  next: () => CapturedFields | null;
  stop: () => void;
};

// The cards of a dropped or opened .vcf file, reviewed in the form one by one.
export function useVCardQueue(): VCardQueue {
  const [cards, setCards] = useState<CapturedFields[]>([]);
  const [index, setIndex] = useState(0);
  return {
    position: cards.length > 0 ? index + 1 : 0,
    total: cards.length,
    open: async (file) => {
      const read = readVCardCards(await file.text());
      setCards(read);
      setIndex(0);
      return read;
    },
    next: () => {
      const card = cards[index + 1] ?? null;
      if (card) setIndex(index + 1);
      else setCards([]);
      return card;
    },
    stop: () => setCards([]),
  };
}
