import { expect, test } from '@playwright/test';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { chromiumArgs } from '../../scripts/findChromium.mjs';
import { openSection, startEmpty } from './helpers';

const badge = ['BEGIN:VCARD', 'VERSION:3.0', 'N:Camera;Cami;;;', 'EMAIL:cami@lens.example', 'TEL:+49 30 7654321', 'ORG:Lens Works', 'TITLE:Optics Lead', 'URL:https://lens.example', 'END:VCARD', ''].join('\r\n');

// A video for Chromium's fake camera showing `text` as a QR code. Y4M is a text header, then
// frames of raw YUV 4:2:0: a full-size luma plane (16 black, 235 white) and two quarter-size
// chroma planes (128, no colour).
function qrVideo(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const [width, height, quietZone] = [640, 480, 4];
  const scale = Math.floor((height * 0.9) / (modules.size + 2 * quietZone));
  const left = Math.floor((width - modules.size * scale) / 2);
  const top = Math.floor((height - modules.size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y += 1) luma.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, Buffer.alloc(width * height / 2, 128)]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

// Written as this file loads, since the browser is launched with it; one per process, removed
// when the process ends.
const video = join(tmpdir(), `outpost-badge-camera-${process.pid}.y4m`);
writeFileSync(`${video}.part`, qrVideo(badge));
renameSync(`${video}.part`, video);
process.once('exit', () => unlinkSync(video));

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  },
});

type CameraWatch = { cameraTracks: MediaStreamTrack[] };

test('a badge held up to the camera is read into the form, and the camera stops', async ({ page }) => {
  // Every camera track the page opens, to see it ended once the badge is read.
  await page.addInitScript(() => {
    const watch = window as unknown as CameraWatch;
    watch.cameraTracks = [];
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      watch.cameraTracks.push(...stream.getVideoTracks());
      return stream;
    };
  });
  await startEmpty(page);
  await openSection(page, 'Capture');
  await page.getByRole('button', { name: 'Scan badge' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan a badge' });
  await expect(dialog).toBeVisible();
  // The first code read closes the scanner and fills the form for review.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Capture status' })).toHaveText('Read a vCard badge: check the fields and save');
  const form = page.getByRole('form', { name: 'Capture contact' });
  const expected = { 'First name': 'Cami', 'Last name': 'Camera', Email: 'cami@lens.example', Phone: '+49 30 7654321', 'Job title': 'Optics Lead', Website: 'https://lens.example' };
  for (const [label, value] of Object.entries(expected)) await expect(form.getByRole('textbox', { name: label, exact: true })).toHaveValue(value);
  await expect(form.getByRole('combobox', { name: 'Company' })).toHaveValue('Lens Works');
  await expect.poll(() => page.evaluate(() => (window as unknown as CameraWatch).cameraTracks.map((track) => track.readyState))).toEqual(['ended']);

  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status', { name: 'Capture status' })).toHaveText('Saved Cami Camera');
});
