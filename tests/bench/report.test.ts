import { describe, expect, it } from 'vitest';
import type { EnginePhaseResult, ModeResult } from '../../bench/phases/engine-phase';
import { renderMarkdown } from '../../bench/render-markdown';
import { BENCH_USAGE, paragraphsForSize, parseBenchArgs } from '../../bench/run';
import { percentile, summariseLatencies } from '../../bench/stats';
import { summariseProfile } from '../../bench/summarise-profile';
import { summariseResults } from '../../bench/summarise-results';
import type { RawResults } from '../../bench/summarise-results';
import type { BenchQuery } from '../../bench/engines/types';
import { BENCH_END, BENCH_START, replaceBenchSection } from '../../bench/update-readme';

describe('percentile', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each([
    [50, 5],
    [95, 10],
    [99, 10],
    [10, 1],
    [0, 1],
    [100, 10],
  ])('returns the nearest-rank p%i', (p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('returns NaN when there are no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summariseLatencies', () => {
  it('sorts before taking percentiles and reports mean and max', () => {
    expect(summariseLatencies([5, 1, 3])).toEqual({ samples: 3, p50: 3, p95: 5, p99: 5, mean: 3, max: 5 });
  });
});

describe('paragraphsForSize', () => {
  it.each([
    ['10k', 10_000],
    ['100k', 100_000],
    ['1m', 1_000_000],
    ['1M', 1_000_000],
    ['2500', 2500],
  ])('reads %s as %i paragraphs', (size, expected) => {
    expect(paragraphsForSize(size)).toBe(expected);
  });

  it.each(['ten', '1g', '', '50', '1.5'])('rejects %j with a message naming --size', (size) => {
    expect(() => paragraphsForSize(size)).toThrow(/--size/);
  });
});

describe('parseBenchArgs', () => {
  it('defaults to 10k with every engine, the server and no README change', () => {
    expect(parseBenchArgs([])).toMatchObject({ size: '10k', seed: 1, engines: ['sift', 'minisearch', 'flexsearch'], readme: false, server: true });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const opts = parseBenchArgs(['--size', '100k', '--seed=3', '--engines', 'minisearch,flexsearch', '--passes', '2', '--out', 'x.json', '--readme', '--no-server', '--http-seconds=5', '--connections', '4', '--fresh']);
    expect(opts).toMatchObject({ size: '100k', seed: 3, engines: ['minisearch', 'flexsearch'], passes: 2, out: 'x.json', readme: true, server: false, httpSeconds: 5, connections: 4, fresh: true });
  });

  it.each([
    [['--size'], /--size needs a value/],
    [['--size', '3x'], /--size must be/],
    [['--engines', 'lucene'], /unknown engine "lucene"/],
    [['--passes', '0'], /--passes must be a positive integer/],
    [['--bogus'], /unknown flag "--bogus"/],
    [['--profile', '--readme'], /cannot be combined with --readme/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it('documents every flag it accepts in the usage line', () => {
    for (const flag of ['--size', '--seed', '--engines', '--passes', '--out', '--readme', '--no-server', '--http-seconds', '--connections', '--fresh', '--profile']) {
      expect(BENCH_USAGE).toContain(flag);
    }
  });
});

describe('replaceBenchSection', () => {
  const table = (label: string, n: number) => `### ${label} paragraphs\n\n| a |\n| --- |\n| ${n} |`;

  it('appends a marked Performance section when the README has none', () => {
    const out = replaceBenchSection('# Sift\n\nIntro.\n', '10k', table('10k', 1), 'How to run.');
    expect(out.startsWith('# Sift\n\nIntro.\n\n## Performance\n\n<!-- bench:start -->\nHow to run.')).toBe(true);
    expect(out).toContain(table('10k', 1));
    expect(out.trimEnd().endsWith(BENCH_END)).toBe(true);
  });

  it('replaces only its own size and keeps the text around the markers', () => {
    let readme = replaceBenchSection('# Sift\n', '100k', table('100k', 2), 'intro');
    readme = replaceBenchSection(readme, '10k', table('10k', 1), 'intro');
    readme += '\n## License\n';
    const out = replaceBenchSection(readme, '10k', table('10k', 9), 'intro v2');
    expect(out).toContain(table('10k', 9));
    expect(out).not.toContain(table('10k', 1));
    expect(out).toContain(table('100k', 2));
    expect(out.indexOf('### 10k')).toBeLessThan(out.indexOf('### 100k'));
    expect(out).toContain('intro v2');
    expect(out.endsWith('\n## License\n')).toBe(true);
    expect(out.split(BENCH_START)).toHaveLength(2);
  });
});

const queries: BenchQuery[] = [
  { id: 'common-f0-1', category: 'common', filterCount: 0, terms: ['a'], q: 'a', filters: {} },
  { id: 'typo-f1-1', category: 'typo', filterCount: 1, terms: ['b'], q: 'b', filters: { speaker: ['S'] } },
];

function mode(name: string, ms: [number[], number[]], totals: [number, number]): ModeResult {
  return {
    name,
    description: name,
    partial: false,
    peakRssMb: 100,
    queries: [
      { id: 'common-f0-1', total: totals[0], hits: 1, ms: ms[0] },
      { id: 'typo-f1-1', total: totals[1], hits: 1, ms: ms[1] },
    ],
  };
}

function engine(name: 'sift' | 'minisearch', modes: ModeResult[]): EnginePhaseResult {
  return {
    engine: name,
    build: { paragraphs: 1000, steps: { index: 500 }, notes: {}, wallMs: 1000, cpuMs: 1500, paragraphsPerSecond: 1000 },
    memory: { buildPeakRssMb: 300, afterBuildRssMb: 200, afterBuildHeapMb: 100, servingPeakRssMb: 250 },
    persist: { bytes: 2 * 1024 * 1024, ms: 50 },
    modes,
  };
}

function raw(): RawResults {
  return {
    date: '2026-01-02T03:04:05.000Z',
    machine: { cpu: 'Test CPU', cores: 2, memoryGb: 24, os: 'linux', node: 'v20.0.0' },
    sizeLabel: '10k',
    seed: 1,
    passes: 2,
    corpus: { documents: 1000, paragraphs: 10_000, words: 500_000, vocabulary: 4000, bytes: 1024 * 1024, generatedMs: null },
    queries,
    engines: {
      sift: { ok: true, wallMs: 2000, result: engine('sift', [mode('sift', [[1, 1], [30, 30]], [5, 0])]) },
      minisearch: { ok: true, wallMs: 2000, result: engine('minisearch', [mode('minisearch', [[2, 2], [10, 10]], [5, 3])]) },
    },
    server: null,
  };
}

describe('summariseResults', () => {
  it('reports Sift ÷ baseline at each percentile', () => {
    const report = summariseResults(raw());
    expect(report.ratios).toEqual([{ baseline: 'minisearch', p50: 0.5, p95: 3, p99: 3 }]);
  });

  it('names the categories where Sift is slower than plain MiniSearch', () => {
    expect(summariseResults(raw()).slowerThanMiniSearch).toEqual(['typo p50', 'typo p99']);
  });

  it('counts queries where Sift finds nothing but the baseline finds something', () => {
    expect(summariseResults(raw()).agreement).toEqual({ baseline: 'minisearch', sameTotal: 1, siftEmptyBaselineNot: 1, of: 2 });
  });

  it('keeps a failed engine as an error instead of dropping the run', () => {
    const input = raw();
    input.engines.minisearch = { ok: false, error: 'exited with code 134', wallMs: 5 };
    const report = summariseResults(input);
    expect(report.engines.minisearch).toEqual({ error: 'exited with code 134', phaseWallMs: 5 });
    expect(report.modes.map((m) => m.name)).toEqual(['sift']);
    expect(renderMarkdown(report)).toContain('failed: exited with code 134');
  });

  it('checks the latency targets against the measured Sift figures', () => {
    const targets = summariseResults(raw()).targets;
    expect(targets.find((t) => t.target.startsWith('engine work p50'))).toMatchObject({ met: true });
    expect(targets.find((t) => t.target.startsWith('engine work p99'))).toMatchObject({ met: true });
    expect(targets.find((t) => t.target.startsWith('not slower than plain MiniSearch'))).toMatchObject({ met: false });
  });

  it('marks which targets are set for the measured size', () => {
    const targets = summariseResults(raw()).targets;
    expect(targets.find((t) => t.target.startsWith('engine work p50'))).toMatchObject({ appliesAt: '1M', applies: false });
    expect(targets.find((t) => t.target.startsWith('not slower than plain MiniSearch'))).toMatchObject({ applies: true });
    const md = renderMarkdown(summariseResults(raw()));
    expect(md).toMatch(/\| engine work p50 ≤ 10 ms \| 1M \| 1\.00 ms \| \(yes\) \|/);
    expect(md).toMatch(/\| not slower than plain MiniSearch .* \| \*\*no\*\* \|/);
  });
});

describe('renderMarkdown', () => {
  it('writes machine, Node version and date, then one row per engine mode with its ratio', () => {
    const md = renderMarkdown(summariseResults(raw()));
    expect(md).toContain('Test CPU, 2 cores, 24 GB, linux, Node v20.0.0; 2026-01-02.');
    expect(md).toMatch(/\| sift \| 1\.00 \| 30\.00 \| 30\.00 \|/);
    expect(md).toMatch(/\| minisearch \| 2\.00 \| 10\.00 \| 10\.00 \| 6\.00 \| 0\.50× \/ 3\.00× \/ 3\.00× \|/);
    expect(md).toContain('| typo | 30.00 / 30.00 | 10.00 / 10.00 |');
  });
});

describe('summariseProfile', () => {
  // main → search → lookup, main → build; samples: lookup ×3 (1 ms each), search ×1, build ×2, with 1 ms deltas.
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2] },
      { id: 2, callFrame: frame('main', 'file:///repo/bench/phases/engine-phase.ts'), children: [3, 5] },
      { id: 3, callFrame: frame('search', 'file:///repo/src/search/engine.ts'), children: [4] },
      { id: 4, callFrame: frame('lookupWord', 'file:///repo/src/search/text-index.ts'), children: [] },
      { id: 5, callFrame: frame('buildDocuments', 'file:///repo/src/pipeline/build-documents.ts'), children: [] },
    ],
    samples: [4, 4, 3, 5, 4, 5],
    timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
  };

  it('adds self time per function and inclusive time up the call stack', () => {
    const summary = summariseProfile(profile, 10);
    expect(summary.totalMs).toBe(6);
    expect(summary.self.map((e) => [e.name, e.ms])).toEqual([
      ['lookupWord src/search/text-index.ts', 3],
      ['buildDocuments src/pipeline/build-documents.ts', 2],
      ['search src/search/engine.ts', 1],
    ]);
    const inclusive = Object.fromEntries(summary.inclusive.map((e) => [e.name, e.ms]));
    expect(inclusive).toEqual({
      'main bench/phases/engine-phase.ts': 6,
      'search src/search/engine.ts': 4,
      'lookupWord src/search/text-index.ts': 3,
      'buildDocuments src/pipeline/build-documents.ts': 2,
    });
    expect(summary.self[0]!.share).toBe(50);
  });
});
