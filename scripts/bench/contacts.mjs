// Contacts (issue 3): writing, opening, searching, filtering, scrolling and bulk-tagging
// ctx.contactCount contacts. It seeds the contacts the later suites use.
export const suite = {
  name: 'contacts',
  order: 0,
  async run({ page, appUrl, openBenchPage, contactCount, openRuns, figure, median, log }) {
    await openBenchPage();
    log(`Writing ${contactCount.toLocaleString('en')} contacts through the mutation layer…`);
    const mutationMs = await page.evaluate((count) => window.outpostBench.writeThroughMutationLayer(count), contactCount);
    log('Writing the same rows with Dexie bulkPut (the floor)…');
    const floorMs = await page.evaluate(() => window.outpostBench.writeFloor());
    figure(`write ${contactCount} contacts through the mutation layer (floor: Dexie bulkPut, no outbox)`, mutationMs, 'ms', floorMs, 'ratio <= 1.5');
    figure('contacts written per second through the mutation layer (floor: Dexie bulkPut)', (contactCount / mutationMs) * 1000, 'rows/s', (contactCount / floorMs) * 1000, 'informational');

    await page.evaluate(() => window.outpostBench.markOnboarded());
    const countText = await page.evaluate((count) => `${new Intl.NumberFormat().format(count)} contacts`, contactCount);
    const appOpens = [];
    const floorOpens = [];
    for (let run = 0; run < openRuns; run += 1) {
      log(`Opening the contacts view with ${countText} stored (run ${run + 1} of ${openRuns})…`);
      await page.goto(appUrl('#/contacts'));
      const ready = await page.waitForFunction(
        (text) => (document.body.innerText.includes(text) && document.querySelector('[aria-label="Contacts"] [role="row"] a') ? performance.now() : false),
        countText,
        { polling: 'raf', timeout: 120_000 },
      );
      appOpens.push(await ready.jsonValue());
      await openBenchPage();
      floorOpens.push(await page.evaluate(() => window.outpostBench.openFloor()));
    }
    figure(`open the app to an interactive contacts view with ${contactCount} contacts (floor: plain page reading count + first 50 rows)`, median(appOpens), 'ms', median(floorOpens), '<= 2000 ms');

    log('Search as you type over the contacts…');
    const search = await page.evaluate(() => window.outpostBench.benchSearch());
    figure('search as you type, p50 over 240 typed prefixes (floor: Dexie multiEntry prefix query, limit 50)', search.p50, 'ms', search.floorP50, 'informational');
    figure('search as you type, p95 over 240 typed prefixes (floor: Dexie multiEntry prefix query, limit 50)', search.p95, 'ms', search.floorP95, '< 16 ms');
    figure(`load the in-memory contact snapshot (${contactCount} contacts; floor: the same read as one Dexie toArray, DESIGN.md: ~2100 ms)`, search.loadMs, 'ms', 2100, 'informational');

    log('A filtered and sorted query…');
    const filtered = await page.evaluate(() => window.outpostBench.benchFilteredSortedQuery());
    figure(`filtered + sorted query, cold sort (${filtered.matches} customers in cities starting with b, by email desc; floor: plain Array.filter + sort of the same rows)`, filtered.coldMs, 'ms', filtered.floorMs, 'informational');
    figure('filtered + sorted query, sort cached, median of 7 runs (floor: plain Array.filter + sort)', filtered.warmMs, 'ms', filtered.floorMs, '< 16 ms');

    log('Time to first rows of the contacts view inside the running app, and scrolling…');
    const firstRowsFloorMs = await page.evaluate(() => window.outpostBench.firstRowsFloor());
    await page.goto(appUrl('#/contacts'));
    const tableRow = '[aria-label="Contacts"] [role="row"] a';
    await page.waitForFunction((selector) => document.querySelector(selector) && !document.body.innerText.includes('Preparing search and filters'), tableRow, { timeout: 120_000 });
    const navigations = [];
    for (let run = 0; run < 5; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/companies'));
      await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
      const started = await page.evaluate(() => {
        window.location.hash = '#/contacts';
        return performance.now();
      });
      const shown = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), tableRow, { polling: 'raf' });
      navigations.push((await shown.jsonValue()) - started);
    }
    figure(`first rows of the contacts view when switching to it in the running app (${contactCount} contacts; floor: Dexie read of the first 50 by name)`, median(navigations), 'ms', firstRowsFloorMs, '< 100 ms');
    const longestScrollTask = await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Contacts table, scrollable"]');
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      for (let step = 0; step < 120; step += 1) {
        scroller.scrollTop += 1500;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      observer.disconnect();
      return Math.max(0, ...tasks);
    });
    figure('longest main-thread task while scrolling 180,000 px of contacts (floor: the 50 ms long-task budget)', longestScrollTask, 'ms', 50, '< 50 ms');

    log('Opening a profile with 10,000 events…');
    await openBenchPage();
    const eventfulId = await page.evaluate(() => window.outpostBench.seedEventsForOneContact());
    const eventsFloorMs = await page.evaluate((id) => window.outpostBench.newestEventsFloor(id), eventfulId);
    await page.goto(appUrl('#/contacts'));
    await page.waitForFunction((selector) => document.querySelector(selector), tableRow, { timeout: 120_000 });
    const profileOpens = [];
    for (let run = 0; run < 3; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/contacts'));
      await page.waitForFunction((selector) => document.querySelector(selector), tableRow);
      const started = await page.evaluate((id) => {
        window.location.hash = `#/contacts/${id}`;
        return performance.now();
      }, eventfulId);
      const shown = await page.waitForFunction(() => (document.querySelector('main article') ? performance.now() : false), null, { polling: 'raf', timeout: 60_000 });
      profileOpens.push((await shown.jsonValue()) - started);
    }
    figure('open a contact profile with 10,000 events to its first timeline entries (floor: Dexie read of the newest 100 events)', median(profileOpens), 'ms', eventsFloorMs, 'informational');

    log('Tagging 50,000 contacts in bulk…');
    await openBenchPage();
    const bulk = await page.evaluate(() => window.outpostBench.benchBulkTag());
    figure('bulk tag 50,000 contacts, one undoable action, the list re-querying on every change as the view does (floor: Dexie bulkPut of the same link and contact rows)', bulk.ms, 'ms', bulk.floorMs, 'informational');
    figure('longest main-thread task during that bulk tag (floor: longest task of the Dexie bulkPut floor itself)', bulk.longestTaskMs, 'ms', Math.max(bulk.floorLongestTaskMs, 1), '< 50 ms');
  },
};
