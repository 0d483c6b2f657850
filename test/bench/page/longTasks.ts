// Runs `work`, timing it and catching the main-thread tasks over 50 ms meanwhile: the longest
// of them (0 when none) says whether the UI could still paint.
export async function withLongestTask<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longestTaskMs: number }> {
  // The caller's own task ends first: observed from inside it, it would be reported too (the
  // bench's sort of 100,000 contacts just before, 100-130 ms, was counted against the export
  // and the segment's first count).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  // Long-task entries arrive a moment after the task.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { result, ms, longestTaskMs: Math.max(0, ...tasks) };
}
