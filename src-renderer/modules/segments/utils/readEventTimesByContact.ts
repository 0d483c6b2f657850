import { eachEventFactsRowNamed } from '../../../db/events/readEvents';
import type { EventFactsRow } from '../../../db/events/eventRows';
import { packTexts, unpackTexts, type PackedTexts } from '../../../db/events/packedTexts';
import type { OutpostDb } from '../../../db/OutpostDb';

// Part of one event name's instants grouped by contact, packed to cross from a worker cheaply:
// the contacts in one text, and each one's instants side by side in `times` (`counts` of them
// each, in contact order). So the main thread takes one string and a few buffers.
export type EventTimesPart = { contactIds: PackedTexts; counts: Int32Array; times: Float64Array };

// About what the main thread takes in well under a frame.
const contactsPerPart = 10_000;

// Reads one name's instants from the events store's facts rows and hands them over by contact.
export async function readEventTimesByContact(db: OutpostDb, name: string, onPart: (part: EventTimesPart) => void): Promise<void> {
  const rows: EventFactsRow[] = [];
  const contacts = new ContactNumbers();
  // Numbered as they come, while the next rows are being read.
  await eachEventFactsRowNamed(db, name, (row) => {
    rows.push(row);
    contacts.numberRuns(row);
  });
  const { contactIds, counts, contactOfRun } = contacts;

  // Where each contact's instants start, in contact order; then every row's runs into place.
  const starts = new Int32Array(contactIds.length + 1);
  counts.forEach((count, index) => (starts[index + 1] = (starts[index] as number) + count));
  const nextSlot = starts.slice(0, contactIds.length);
  const times = new Float64Array(starts[contactIds.length] as number);
  let run = 0;
  for (const row of rows) {
    let from = 0;
    for (const count of row.factCounts) {
      const contact = contactOfRun[run] as number;
      run += 1;
      // Most runs hold one instant or a few: a loop, not a subarray view per run.
      let slot = nextSlot[contact] as number;
      for (let end = from + count; from < end; from += 1, slot += 1) times[slot] = row.factTimes[from] as number;
      nextSlot[contact] = slot;
    }
  }

  for (let first = 0; first < contactIds.length; first += contactsPerPart) {
    const last = Math.min(first + contactsPerPart, contactIds.length);
    onPart({
      contactIds: packTexts(contactIds.slice(first, last)),
      counts: Int32Array.from(counts.slice(first, last)),
      times: times.slice(starts[first], starts[last]),
    });
  }
}

// Numbers the contacts in the order first seen, counting each one's instants, and gives each
// row's run of one contact's instants that contact's number.
class ContactNumbers {
  readonly contactIds: string[] = [];
  readonly counts: number[] = [];
  readonly contactOfRun: number[] = [];
  private readonly numbers = new Map<string, number>();

  numberRuns(row: EventFactsRow): void {
    unpackTexts(row.factContactIds).forEach((contactId, index) => {
      let number = this.numbers.get(contactId);
      if (number === undefined) {
        number = this.contactIds.length;
        this.numbers.set(contactId, number);
        this.contactIds.push(contactId);
        this.counts.push(0);
      }
      this.counts[number] = (this.counts[number] as number) + (row.factCounts[index] as number);
      this.contactOfRun.push(number);
    });
  }
}
