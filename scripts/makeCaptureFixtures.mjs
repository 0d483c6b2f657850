// Writes the badge QR images the capture end-to-end test decodes (test/fixtures/capture).
// Run again after changing a payload: node scripts/makeCaptureFixtures.mjs
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import QRCode from 'qrcode';

const folder = resolve(import.meta.dirname, '../test/fixtures/capture');

const badges = {
  'badge-vcard.png': ['BEGIN:VCARD', 'VERSION:3.0', 'N:Quantum;Quinn;;;', 'EMAIL:quinn@qubit.example', 'TEL:+49 89 1234567', 'ORG:Qubit Labs', 'TITLE:Head of Research', 'END:VCARD'].join('\r\n'),
  'badge-mecard.png': 'MECARD:N:Mecard,Mona;TEL:+33 1 42 68 53 00;EMAIL:mona@mecard.example;ORG:Badges SA;;',
  'badge-url.png': 'https://www.linkedin.com/in/urla-link',
  'badge-text.png': 'Tara Textor <tara.textor@plainworks.example>',
  'badge-unknown.png': 'EXPO26-ATTENDEE-88213',
};

mkdirSync(folder, { recursive: true });
for (const [file, payload] of Object.entries(badges)) {
  await QRCode.toFile(resolve(folder, file), payload, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
console.log(`wrote ${Object.keys(badges).length} badge images to ${folder}`);
