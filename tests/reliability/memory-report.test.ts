import { describe, expect, it } from 'vitest';
import { formatMemory, readMemory, reportMemoryOnSignal } from '../../src/server/memory-report';

describe('readMemory', () => {
  it('reads positive heap and resident sizes, saying whether a GC ran first', () => {
    const m = readMemory();
    expect(m.heapUsedMiB).toBeGreaterThan(0);
    expect(m.rssMiB).toBeGreaterThanOrEqual(m.heapUsedMiB);
    expect(m.arrayBuffersMiB).toBeGreaterThanOrEqual(0);
    expect(m.afterGc).toBe(typeof (globalThis as { gc?: unknown }).gc === 'function');
  });
});

describe('formatMemory', () => {
  it.each([
    [{ heapUsedMiB: 102.5, arrayBuffersMiB: 110.2, rssMiB: 560.1, afterGc: true }, 'memory: heap 102.5 MiB after GC, array buffers 110.2 MiB, rss 560.1 MiB'],
    [{ heapUsedMiB: 90, arrayBuffersMiB: 0, rssMiB: 300, afterGc: false }, 'memory: heap 90 MiB, array buffers 0 MiB, rss 300 MiB'],
  ])('writes %j as one line', (reading, line) => {
    expect(formatMemory(reading)).toBe(line);
  });
});

describe('reportMemoryOnSignal', () => {
  it('logs one memory line each time the signal arrives, until removed', () => {
    const lines: string[] = [];
    // A bystander listener keeps the emitted signal from being taken as unhandled.
    const bystander = () => {};
    process.on('SIGUSR2', bystander);
    const remove = reportMemoryOnSignal((line) => lines.push(line), 'SIGUSR2');
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(lines).toEqual([expect.stringMatching(/^memory: heap [\d.]+ MiB.*, rss [\d.]+ MiB$/)]);
      remove();
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(lines).toHaveLength(1);
    } finally {
      remove();
      process.off('SIGUSR2', bystander);
    }
  });
});
