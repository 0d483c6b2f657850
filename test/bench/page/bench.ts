// Every named function of every *Bench.ts file becomes window.outpostBench.<name>, so a suite
// adds its browser side as one file without editing this one.
const suites = import.meta.glob<Record<string, unknown>>('./*Bench.ts', { eager: true });
const functions = Object.fromEntries(
  Object.values(suites).flatMap((module) => Object.entries(module).filter(([, value]) => typeof value === 'function')),
);
Object.assign(window, { outpostBench: functions });
document.title = 'Outpost bench ready';
