// Deals (issue 4): the pipeline board with 5,000 open deals in one pipeline: opening it,
// switching to it, a card moved to another stage by its menu and by a mouse drag (drop to shown)
// and scrolling its 5,000-card column.
const dealCount = 5000;
const firstCard = '[aria-label="Lead deals"] article';
// The switch and each kind of drop are timed this many times and reported as the median.
const runs = 5;

export const suite = {
  name: 'deals',
  order: 30,
  async run({ page, appUrl, openBenchPage, openRuns, figure, median, log }) {
    await openBenchPage();
    await page.evaluate(() => window.outpostBench.markOnboarded());
    log(`Writing a pipeline with ${dealCount.toLocaleString('en')} open deals through the mutation layer…`);
    const { pipelineId, stageIds } = await page.evaluate((count) => window.outpostBench.dealsSeedPipeline(count), dealCount);

    const opens = [];
    const openFloors = [];
    for (let run = 0; run < openRuns; run += 1) {
      log(`Opening the app on the board (run ${run + 1} of ${openRuns})…`);
      await page.goto(appUrl('#/deals'));
      const shown = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), firstCard, { polling: 'raf', timeout: 120_000 });
      opens.push(await shown.jsonValue());
      await openBenchPage();
      openFloors.push(await page.evaluate((id) => window.outpostBench.dealsBoardFloor(id), pipelineId));
    }
    figure(`open the app to the board's first cards with ${dealCount} open deals in the pipeline (floor: plain page reading the pipeline by index and putting each column's first cards in the DOM)`, median(opens), 'ms', median(openFloors), '< 1000 ms');

    log('Switching to the board inside the running app…');
    const readFloors = [];
    for (let run = 0; run < runs; run += 1) readFloors.push(await page.evaluate((id) => window.outpostBench.dealsReadFloor(id), pipelineId));
    await page.goto(appUrl('#/deals'));
    await page.waitForSelector(firstCard, { timeout: 120_000 });
    const switches = [];
    for (let run = 0; run < runs; run += 1) {
      await page.evaluate(() => (window.location.hash = '#/tasks'));
      await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
      const started = await page.evaluate(() => {
        window.location.hash = '#/deals';
        return performance.now();
      });
      const shown = await page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : false), firstCard, { polling: 'raf' });
      switches.push((await shown.jsonValue()) - started);
    }
    figure(`first cards of the board when switching to it in the running app (${dealCount} open deals; floor: Dexie read of the pipeline's deals by index)`, median(switches), 'ms', median(readFloors), '< 1000 ms');

    log('Moving cards to another stage from their menu (the keyboard path of a drop)…');
    const drops = [];
    for (let run = 0; run < runs; run += 1) {
      const title = await page.locator(firstCard).first().getAttribute('aria-label');
      await page.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
      const item = page.getByRole('menuitem', { name: 'Qualified', exact: true });
      await item.waitFor();
      const handle = await item.elementHandle();
      const ms = await page.evaluate(async ([menuItem, movedTitle]) => {
        const started = performance.now();
        menuItem.click();
        const target = `[aria-label="Qualified deals"] article[aria-label="${movedTitle}"]`;
        while (!document.querySelector(target)) await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - started;
      }, [handle, title]);
      drops.push(ms);
    }

    log('Dragging cards to another stage with the mouse…');
    const mouseDrops = [];
    for (let run = 0; run < runs; run += 1) {
      const card = page.locator(firstCard).first();
      const title = await card.getAttribute('aria-label');
      const from = await settledBox(page, card);
      const to = await settledBox(page, page.locator('[aria-label="Proposal stage"]'));
      // Timed in the page from the pointer's release to the card showing in the Proposal column.
      await page.evaluate((movedTitle) => {
        window.dealsBenchDropShown = new Promise((resolve, reject) => {
          const selector = `[aria-label="Proposal deals"] article[aria-label="${movedTitle}"]`;
          const onRelease = () => {
            const droppedAt = performance.now();
            const check = () => {
              if (document.querySelector(selector)) resolve(performance.now() - droppedAt);
              else if (performance.now() - droppedAt > 30_000) reject(new Error(`the dragged card never showed in Proposal (now at ${location.hash})`));
              else requestAnimationFrame(check);
            };
            check();
          };
          document.addEventListener('pointerup', onRelease, { capture: true, once: true });
        });
      }, title);
      // Pressed on the card's lower edge (not its link), moved in steps so dnd-kit sees a drag,
      // released low in the column, below its cards.
      await page.mouse.move(from.x + 12, from.y + from.height - 8);
      await page.mouse.down();
      await page.mouse.move(from.x + 30, from.y + from.height, { steps: 5 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height - 40, { steps: 15 });
      await page.mouse.up();
      mouseDrops.push(await page.evaluate(() => window.dealsBenchDropShown));
    }

    await openBenchPage();
    const putFloors = await page.evaluate(([id, stageId]) => window.outpostBench.dealsPutFloor(id, stageId), [pipelineId, stageIds[3]]);
    figure(`drop to shown, keyboard: a card moved to another stage from its menu until it shows in that column, median of ${runs} (${dealCount} open deals; floor: one Dexie put of the deal row)`, median(drops), 'ms', median(putFloors), '< 100 ms');
    figure(`drop to shown, mouse: a card dragged to another stage, from the release until it shows in that column, median of ${runs} (${dealCount} open deals; floor: one Dexie put of the deal row)`, median(mouseDrops), 'ms', median(putFloors), '< 100 ms');

    log(`Scrolling the ${dealCount.toLocaleString('en')}-card column…`);
    await page.goto(appUrl('#/deals'));
    await page.waitForSelector(firstCard, { timeout: 120_000 });
    const longestTask = await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Lead deals, scrollable"]');
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      for (let step = 0; step < 400 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1; step += 1) {
        scroller.scrollTop += 1500;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      observer.disconnect();
      return { longest: Math.max(0, ...tasks), reachedEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1 };
    });
    if (!longestTask.reachedEnd) throw new Error('the Lead column did not scroll to its end');
    figure(`longest main-thread task while scrolling a ${dealCount}-card column to its end (floor: the 50 ms long-task budget)`, longestTask.longest, 'ms', 50, '< 50 ms');
  },
};

// Where an element is once it has stopped moving: right after a drop the columns lay out again,
// and a drag measured before that grabs the wrong place (a card's link, which opens the deal).
async function settledBox(page, locator) {
  let box = await locator.boundingBox();
  for (let attempt = 0; attempt < 40; attempt += 1) {
    await page.waitForTimeout(100);
    const next = await locator.boundingBox();
    if (box && next && box.x === next.x && box.y === next.y) return next;
    box = next;
  }
  return box;
}
