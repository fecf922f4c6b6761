// The build's progress line: what it computes from counts and elapsed time, and when it writes.
import { describe, expect, it } from 'vitest';
import { createProgressReporter, defaultProgressReporterOptions, formatDuration, formatProgress, progressFigures } from '../../src/cli/progress';
import type { BuildProgress } from '../../src/pipeline/build-documents';

const MB = 1024 * 1024;

function progress(over: Partial<BuildProgress> = {}): BuildProgress {
  return { records: 1200, extracted: 1000, paragraphs: 10_000, bytesRead: 40 * MB, totalBytes: 400 * MB, finished: false, ...over };
}

describe('progressFigures', () => {
  it('derives rates from the counts and the elapsed time', () => {
    const f = progressFigures(progress(), 10_000);
    expect(f.recordsPerSecond).toBe(100);
    expect(f.paragraphsPerSecond).toBe(1000);
    expect(f.bytesPerSecond).toBe(4 * MB);
    expect(f.fraction).toBeCloseTo(0.1);
  });

  it('estimates the time left from the bytes still to read at the rate so far', () => {
    // 40 MB in 10 s: the remaining 360 MB take 90 s.
    expect(progressFigures(progress(), 10_000).etaSeconds).toBeCloseTo(90);
  });

  it.each([
    ['nothing is read yet', progress({ bytesRead: 0, extracted: 0, paragraphs: 0 }), null],
    ['the build is finished', progress({ bytesRead: 400 * MB, finished: true }), 0],
  ])('has no estimate or zero when %s', (_, p, eta) => {
    expect(progressFigures(p, 5000).etaSeconds).toBe(eta);
  });

  it('counts an empty corpus as wholly read, without dividing by zero', () => {
    const f = progressFigures(progress({ bytesRead: 0, totalBytes: 0, extracted: 0, paragraphs: 0, finished: true }), 0);
    expect(f.fraction).toBe(1);
    expect(Number.isFinite(f.recordsPerSecond)).toBe(true);
  });
});

describe('formatDuration', () => {
  it.each([
    [7.4, '7s'],
    [95, '1m 35s'],
    [3725, '1h 02m'],
  ])('writes %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatProgress', () => {
  it('names records, paragraphs, bytes read of the total, rates and the time left', () => {
    expect(formatProgress(progress(), 10_000)).toBe(
      'indexing 1,000 records (10,000 paragraphs) · 40.0/400.0 MB (10%) · 100 records/s, 1,000 paragraphs/s, 4.0 MB/s · ETA 1m 30s',
    );
  });

  it('counts a corpus under a megabyte in kilobytes', () => {
    expect(formatProgress(progress({ bytesRead: 10 * 1024, totalBytes: 40 * 1024 }), 1000)).toContain(' · 10/40 KB (25%) · ');
  });

  it('says how long the build took once finished', () => {
    expect(formatProgress(progress({ bytesRead: 400 * MB, finished: true }), 100_000)).toMatch(/^indexed 1,000 records .* \(100%\) .* done in 1m 40s$/);
  });
});

function fakeStream(isTTY: boolean): { writes: string[]; stream: { isTTY: boolean; write: (s: string) => boolean } } {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) > 0 } };
}

describe('createProgressReporter', () => {
  it('rewrites one line on a terminal, at most every ttyEveryMs, and ends it when finished', () => {
    let now = 0;
    const { writes, stream } = fakeStream(true);
    const report = createProgressReporter({ stream, now: () => now, enabled: true, ttyEveryMs: 200, lineEveryMs: 5000 });
    report(progress());
    now = 100;
    report(progress()); // too soon
    now = 250;
    report(progress());
    report(progress({ bytesRead: 400 * MB, finished: true })); // the last one always shows
    expect(writes).toHaveLength(3);
    expect(writes.every((w) => w.startsWith('\r'))).toBe(true);
    expect(writes.slice(0, 2).every((w) => !w.endsWith('\n'))).toBe(true);
    expect(writes[2]!.endsWith('\n')).toBe(true);
  });

  it('writes whole lines every lineEveryMs when not on a terminal', () => {
    let now = 0;
    const { writes, stream } = fakeStream(false);
    const report = createProgressReporter({ stream, now: () => now, enabled: true, ttyEveryMs: 200, lineEveryMs: 5000 });
    for (now = 0; now <= 12_000; now += 1000) report(progress());
    expect(writes).toHaveLength(3); // at 0, 5 and 10 s
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
  });

  it('writes nothing when disabled (under the test runner, or SIFT_PROGRESS=0)', () => {
    const { writes, stream } = fakeStream(true);
    const report = createProgressReporter({ stream, now: () => 0, enabled: false });
    report(progress({ finished: true }));
    expect(writes).toEqual([]);
  });
});

describe('defaultProgressReporterOptions', () => {
  it.each([
    [{ VITEST: 'true' }, false],
    [{ SIFT_PROGRESS: '0' }, false],
    [{ VITEST: 'true', SIFT_PROGRESS: '1' }, true],
    [{}, true],
  ])('is enabled for env %j: %s', (env, enabled) => {
    expect(defaultProgressReporterOptions(env).enabled).toBe(enabled);
  });
});
