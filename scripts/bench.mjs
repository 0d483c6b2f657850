// `npm run bench [-- --contacts 100000 --out bench/results.json]`: measures the app in headless
// Chromium against the same work done by the raw library, and writes the figures as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, findChromium } from './findChromium.mjs';

const { values } = parseArgs({ options: { contacts: { type: 'string', default: '100000' }, out: { type: 'string', default: 'bench/results.json' }, runs: { type: 'string', default: '3' } } });
const contactCount = Number(values.contacts);
const openRuns = Number(values.runs);
const configFile = resolve(import.meta.dirname, '../test/bench/vite.bench.config.ts');

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const round = (number, digits = 1) => Math.round(number * 10 ** digits) / 10 ** digits;

function figure(name, value, unit, floor, target) {
  return { name, value: round(value), unit, floor: round(floor), ratio: round(value / floor, 2), target };
}

console.log(`Building the bench (app + bench page)…`);
await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, logLevel: 'warn' });
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4193/';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];

try {
  const page = await browser.newPage();
  const benchPage = `${baseUrl}test/bench/page/bench.html`;
  await page.goto(benchPage);
  await page.waitForFunction(() => 'outpostBench' in window);

  console.log(`Writing ${contactCount.toLocaleString('en')} contacts through the mutation layer…`);
  const mutationMs = await page.evaluate((count) => window.outpostBench.writeThroughMutationLayer(count), contactCount);
  console.log('Writing the same rows with Dexie bulkPut (the floor)…');
  const floorMs = await page.evaluate(() => window.outpostBench.writeFloor());
  results.push(figure(`write ${contactCount} contacts through the mutation layer (floor: Dexie bulkPut, no outbox)`, mutationMs, 'ms', floorMs, 'ratio <= 1.5'));
  results.push(figure('contacts written per second through the mutation layer (floor: Dexie bulkPut)', (contactCount / mutationMs) * 1000, 'rows/s', (contactCount / floorMs) * 1000, 'informational'));

  await page.evaluate(() => window.outpostBench.markOnboarded());
  const countText = await page.evaluate((count) => `${new Intl.NumberFormat().format(count)} contacts`, contactCount);
  const appOpens = [];
  const floorOpens = [];
  for (let run = 0; run < openRuns; run += 1) {
    console.log(`Opening the contacts view with ${countText} stored (run ${run + 1} of ${openRuns})…`);
    await page.goto(`${baseUrl}src-renderer/index.html#/contacts`);
    const ready = await page.waitForFunction(
      (text) => (document.body.innerText.includes(text) && document.querySelector('[role="list"] [role="listitem"] a') ? performance.now() : false),
      countText,
      { polling: 'raf', timeout: 120_000 },
    );
    appOpens.push(await ready.jsonValue());
    await page.goto(benchPage);
    await page.waitForFunction(() => 'outpostBench' in window);
    floorOpens.push(await page.evaluate(() => window.outpostBench.openFloor()));
  }
  results.push(figure(`open the app to an interactive contacts view with ${contactCount} contacts (floor: plain page reading count + first 50 rows)`, median(appOpens), 'ms', median(floorOpens), '<= 2000 ms'));
} finally {
  await browser.close();
  await new Promise((done) => server.httpServer.close(done));
}

console.log('\nfigure | value | floor | ratio | target');
for (const result of results) console.log(`${result.name} | ${result.value} ${result.unit} | ${result.floor} ${result.unit} | ${result.ratio}x | ${result.target}`);
const outPath = resolve(values.out);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${outPath}`);
