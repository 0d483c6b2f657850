import { describe, expect, it } from 'vitest';
import { ClockDriftError, HybridLogicalClock, formatHlc, parseHlc } from '@shared/sync/hlc';

describe('HybridLogicalClock', () => {
  it('formats timestamps that sort as text and carry the node id', () => {
    const clock = new HybridLogicalClock('node1', { now: () => Date.parse('2026-12-04T10:00:00.000Z') });
    expect(clock.next()).toBe('2026-12-04T10:00:00.000Z-0000-node1');
    expect(clock.next()).toBe('2026-12-04T10:00:00.000Z-0001-node1');
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    let time = Date.parse('2026-12-04T10:00:00.000Z');
    const clock = new HybridLogicalClock('node1', { now: () => time });
    const first = clock.next();
    time -= 60_000;
    expect(clock.next() > first).toBe(true);
  });

  it('borrows the next millisecond when the counter is used up', () => {
    const clock = new HybridLogicalClock('node1', { now: () => 0, last: formatHlc({ millis: 0, counter: 0xffff, node: 'node1' }) });
    expect(parseHlc(clock.next())).toEqual({ millis: 1, counter: 0, node: 'node1' });
  });

  it('moves past a timestamp seen from another device', () => {
    const clock = new HybridLogicalClock('local', { now: () => 1000 });
    clock.observe(formatHlc({ millis: 5000, counter: 7, node: 'remote' }));
    expect(parseHlc(clock.next())).toEqual({ millis: 5000, counter: 8, node: 'local' });
  });

  it('refuses a timestamp too far ahead of this clock', () => {
    const clock = new HybridLogicalClock('local', { now: () => 0, maxDriftMs: 1000 });
    expect(() => clock.observe(formatHlc({ millis: 10_000, counter: 0, node: 'remote' }))).toThrow(ClockDriftError);
  });

  it('resumes after its last stored value', () => {
    const clock = new HybridLogicalClock('node2', { now: () => 0, last: '2026-12-04T10:00:00.000Z-0005-node1' });
    expect(clock.next()).toBe('2026-12-04T10:00:00.000Z-0006-node2');
  });

  it('rejects malformed input', () => {
    expect(parseHlc('yesterday-0000-node')).toBeNull();
    expect(() => new HybridLogicalClock('Bad Node!')).toThrow();
    expect(() => new HybridLogicalClock('node').observe('nonsense')).toThrow(/Invalid HLC/);
  });
});
