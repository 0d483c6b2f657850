// `npm run bench [-- --only contacts,deals --contacts 100000 --out bench/results.json]`: runs
// every suite in scripts/bench/ in headless Chromium against the same work done by the raw
// library, prints each figure beside its floor and writes them as JSON. A run of some suites
// replaces only their figures in the output file. `--profile DIR` keeps the browser profile
// (and the data the suites seeded) in DIR for the next run, which then skips the seeding.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumArgs, findChromium } from './findChromium.mjs';

const { values } = parseArgs({
  options: {
    contacts: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'bench/results.json' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    profile: { type: 'string' },
  },
});
const suiteDir = resolve(import.meta.dirname, 'bench');
const configFile = resolve(import.meta.dirname, '../test/bench/vite.bench.config.ts');
const chosen = values.only?.split(',').map((name) => name.trim());

const suites = (await Promise.all(readdirSync(suiteDir).filter((file) => file.endsWith('.mjs')).map(async (file) => (await import(pathToFileURL(join(suiteDir, file)).href)).suite)))
  .filter((suite) => !chosen || chosen.includes(suite.name))
  .sort((a, b) => a.order - b.order);
const unknown = chosen?.filter((name) => !suites.some((suite) => suite.name === name)) ?? [];
if (unknown.length > 0 || suites.length === 0) {
  console.error(`No bench suite named ${unknown.join(', ') || values.only}. Suites: ${readdirSync(suiteDir).map((file) => file.replace('.mjs', '')).join(', ')}`);
  process.exit(2);
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const round = (number, digits = 1) => Math.round(number * 10 ** digits) / 10 ** digits;

console.log('Building the bench (app + bench page)…');
await build({ configFile, logLevel: 'warn' });
const server = await preview({ configFile, logLevel: 'warn' });
const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4193/';
// A profile on disk: an incognito context keeps IndexedDB in memory under a small quota, which
// 100,000 contacts, 1,000,000 events and the floors' copies outgrow.
const profileDir = values.profile ? resolve(values.profile) : mkdtempSync(join(tmpdir(), 'outpost-bench-profile-'));
const browser = await chromium.launchPersistentContext(profileDir, { executablePath: findChromium(), args: chromiumArgs });
const results = [];
const failures = [];

try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  const benchPageUrl = `${baseUrl}test/bench/page/bench.html`;
  const openBenchPage = async () => {
    await page.goto(benchPageUrl);
    await page.waitForFunction(() => 'outpostBench' in window);
  };
  const contactCount = Number(values.contacts);
  const ensureContacts = async () => {
    await openBenchPage();
    if ((await page.evaluate(() => window.outpostBench.storedContactCount())) !== contactCount) {
      console.log(`Seeding ${contactCount.toLocaleString('en')} contacts through the mutation layer…`);
      await page.evaluate((count) => window.outpostBench.writeThroughMutationLayer(count), contactCount);
    }
    await page.evaluate(() => window.outpostBench.markOnboarded());
  };
  for (const suite of suites) {
    console.log(`\n== ${suite.name}`);
    const figure = (name, value, unit, floor, target) =>
      results.push({ suite: suite.name, name, value: round(value), unit, floor: round(floor), ratio: round(value / floor, 2), target });
    // One suite failing must not lose the others' figures: it is reported and the run goes on.
    await suite
      .run({
        page,
        baseUrl,
        appUrl: (hash = '') => `${baseUrl}src-renderer/index.html${hash}`,
        openBenchPage,
        ensureContacts,
        contactCount,
        openRuns: Number(values.runs),
        figure,
        median,
        log: (message) => console.log(message),
      })
      .catch((error) => {
        failures.push(suite.name);
        console.error(`Suite ${suite.name} failed:`, error);
      });
  }
} finally {
  await browser.close();
  if (!values.profile) rmSync(profileDir, { recursive: true, force: true });
  await new Promise((done) => server.httpServer.close(done));
}

console.log('\nsuite | figure | value | floor | ratio | target');
for (const result of results) console.log(`${result.suite} | ${result.name} | ${result.value} ${result.unit} | ${result.floor} ${result.unit} | ${result.ratio}x | ${result.target}`);
const outPath = resolve(values.out);
const ran = new Set(suites.map((suite) => suite.name));
const kept = chosen && existsSync(outPath) ? JSON.parse(readFileSync(outPath, 'utf8')).filter((result) => !ran.has(result.suite)) : [];
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify([...kept, ...results], null, 2)}\n`);
console.log(`\nWrote ${outPath}`);
if (failures.length > 0) {
  console.error(`Failed suites: ${failures.join(', ')}`);
  process.exitCode = 1;
}
