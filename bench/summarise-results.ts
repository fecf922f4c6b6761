// Turns raw phase results into the benchmark report: latency summaries per mode and category, ratios, agreement and targets.
import type { QueryCategory, BenchQuery } from './engines/types';
import { QUERY_CATEGORIES } from './engines/types';
import type { MachineInfo } from './machine';
import type { ProfileSummary } from './summarise-profile';
import type { EnginePhaseResult, ModeResult } from './phases/engine-phase';
import type { ServePhaseResult } from './serve-phase';
import { summariseLatencies } from './stats';
import type { LatencySummary } from './stats';

export interface CorpusFacts {
  documents: number;
  paragraphs: number;
  words: number;
  vocabulary: number;
  bytes: number;
  generatedMs: number | null;
}

export interface RawResults {
  date: string;
  machine: MachineInfo;
  sizeLabel: string;
  seed: number;
  passes: number;
  corpus: CorpusFacts;
  queries: BenchQuery[];
  engines: Record<string, { ok: true; result: EnginePhaseResult; wallMs: number } | { ok: false; error: string; wallMs: number }>;
  server: { ok: true; result: ServePhaseResult } | { ok: false; error: string } | null;
  /** CPU profile of Sift's phase (build and queries), when the run was profiled. */
  profile?: ProfileSummary | null;
}

export interface ModeSummary {
  name: string;
  engine: string;
  description: string;
  partial: boolean;
  overall: LatencySummary;
  byCategory: Partial<Record<QueryCategory, LatencySummary>>;
  byFilterCount: Record<string, LatencySummary>;
  /** Per query: median ms over the timed passes and the number of matches. */
  perQuery: Array<{ id: string; medianMs: number; total: number }>;
  peakRssMb: number;
}

export interface Ratio {
  baseline: string;
  p50: number;
  p95: number;
  p99: number;
}

export interface TargetCheck {
  target: string;
  /** The corpus size the issue sets this target for. */
  appliesAt: string;
  /** Whether this run's size is one the target is set for; otherwise `met` is only indicative. */
  applies: boolean;
  measured: string;
  met: boolean | null;
}

export interface BenchReport {
  version: 1;
  date: string;
  machine: MachineInfo;
  size: { label: string; paragraphs: number };
  seed: number;
  passes: number;
  corpus: CorpusFacts;
  queryCount: number;
  modes: ModeSummary[];
  ratios: Ratio[];
  /** Categories (p50 or p99) where Sift is slower than plain MiniSearch. */
  slowerThanMiniSearch: string[];
  agreement: { baseline: string; sameTotal: number; siftEmptyBaselineNot: number; of: number } | null;
  engines: Record<string, { error?: string; build?: EnginePhaseResult['build']; memory?: EnginePhaseResult['memory']; persist?: EnginePhaseResult['persist']; phaseWallMs: number }>;
  server: ServePhaseResult | { error: string } | null;
  targets: TargetCheck[];
  profile: ProfileSummary | null;
}

export function summariseResults(raw: RawResults): BenchReport {
  const categoryOf = new Map(raw.queries.map((q) => [q.id, q]));
  const modes: ModeSummary[] = [];
  const engines: BenchReport['engines'] = {};
  for (const [name, outcome] of Object.entries(raw.engines)) {
    if (!outcome.ok) {
      engines[name] = { error: outcome.error, phaseWallMs: outcome.wallMs };
      continue;
    }
    const { result } = outcome;
    engines[name] = { build: result.build, memory: result.memory, persist: result.persist, phaseWallMs: outcome.wallMs };
    for (const mode of result.modes) modes.push(summariseMode(name, mode, categoryOf));
  }
  const sift = modes.find((m) => m.name === 'sift');
  const ratios: Ratio[] = sift
    ? modes
        .filter((m) => m !== sift)
        .map((m) => ({ baseline: m.name, p50: sift.overall.p50 / m.overall.p50, p95: sift.overall.p95 / m.overall.p95, p99: sift.overall.p99 / m.overall.p99 }))
    : [];
  const mini = modes.find((m) => m.name === 'minisearch');
  const slowerThanMiniSearch: string[] = [];
  if (sift && mini) {
    for (const category of QUERY_CATEGORIES) {
      const s = sift.byCategory[category];
      const b = mini.byCategory[category];
      if (!s || !b) continue;
      if (s.p50 > b.p50) slowerThanMiniSearch.push(`${category} p50`);
      if (s.p99 > b.p99) slowerThanMiniSearch.push(`${category} p99`);
    }
  }
  const agreement = sift && mini ? compareTotals(sift, mini) : null;
  const server = raw.server === null ? null : raw.server.ok ? raw.server.result : { error: raw.server.error };
  const report: BenchReport = {
    version: 1,
    date: raw.date,
    machine: raw.machine,
    size: { label: raw.sizeLabel, paragraphs: raw.corpus.paragraphs },
    seed: raw.seed,
    passes: raw.passes,
    corpus: raw.corpus,
    queryCount: raw.queries.length,
    modes,
    ratios,
    slowerThanMiniSearch,
    agreement,
    engines,
    server,
    targets: [],
    profile: raw.profile ?? null,
  };
  report.targets = checkTargets(report);
  return report;
}

function summariseMode(engine: string, mode: ModeResult, queries: Map<string, BenchQuery>): ModeSummary {
  const all: number[] = [];
  const byCategory = new Map<QueryCategory, number[]>();
  const byFilters = new Map<string, number[]>();
  const perQuery: ModeSummary['perQuery'] = [];
  for (const timing of mode.queries) {
    const query = queries.get(timing.id);
    if (!query) continue;
    all.push(...timing.ms);
    push(byCategory, query.category, timing.ms);
    push(byFilters, String(query.filterCount), timing.ms);
    perQuery.push({ id: timing.id, medianMs: summariseLatencies(timing.ms).p50, total: timing.total });
  }
  return {
    name: mode.name,
    engine,
    description: mode.description,
    partial: mode.partial,
    overall: summariseLatencies(all),
    byCategory: Object.fromEntries([...byCategory].map(([k, v]) => [k, summariseLatencies(v)])),
    byFilterCount: Object.fromEntries([...byFilters].map(([k, v]) => [k, summariseLatencies(v)])),
    perQuery,
    peakRssMb: mode.peakRssMb,
  };
}

function push<K>(map: Map<K, number[]>, key: K, values: number[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

function compareTotals(sift: ModeSummary, baseline: ModeSummary): NonNullable<BenchReport['agreement']> {
  const totals = new Map(baseline.perQuery.map((q) => [q.id, q.total]));
  let sameTotal = 0;
  let siftEmptyBaselineNot = 0;
  for (const q of sift.perQuery) {
    const other = totals.get(q.id);
    if (other === undefined) continue;
    if (other === q.total) sameTotal++;
    if (q.total === 0 && other > 0) siftEmptyBaselineNot++;
  }
  return { baseline: baseline.name, sameTotal, siftEmptyBaselineNot, of: sift.perQuery.length };
}

function checkTargets(report: BenchReport): TargetCheck[] {
  const find = (name: string) => report.modes.find((m) => m.name === name);
  const sift = find('sift');
  const mini = find('minisearch');
  const flexFacets = find('flexsearch+facets');
  const siftEngine = report.engines.sift;
  const server = report.server && !('error' in report.server) ? report.server : null;
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const checks: TargetCheck[] = [];
  const sizes: Record<string, number[]> = { '1M': [1_000_000], '100k': [100_000], '10k, 100k': [10_000, 100_000] };
  const add = (target: string, appliesAt: string, measured: string, met: boolean | null) =>
    checks.push({ target, appliesAt, applies: (sizes[appliesAt] ?? []).includes(report.size.paragraphs), measured, met });
  if (sift) {
    add('engine work p50 ≤ 10 ms', '1M', `${fmt(sift.overall.p50, 2)} ms`, sift.overall.p50 <= 10);
    add('engine work p99 ≤ 50 ms', '1M', `${fmt(sift.overall.p99, 2)} ms`, sift.overall.p99 <= 50);
    if (mini) {
      const r50 = sift.overall.p50 / mini.overall.p50;
      const r99 = sift.overall.p99 / mini.overall.p99;
      add('≤ 1/10 of plain MiniSearch (query only) at p50 and p99', '1M', `${fmt(r50, 3)} / ${fmt(r99, 3)}`, r50 <= 0.1 && r99 <= 0.1);
      add('not slower than plain MiniSearch in any category (p50, p99)', '10k, 100k', report.slowerThanMiniSearch.length ? `slower: ${report.slowerThanMiniSearch.join(', ')}` : 'never slower', report.slowerThanMiniSearch.length === 0);
    }
    if (flexFacets) {
      add('no slower than FlexSearch with facets (p50, p99)', '1M', `${fmt(sift.overall.p50 / flexFacets.overall.p50, 2)}× / ${fmt(sift.overall.p99 / flexFacets.overall.p99, 2)}×`, sift.overall.p50 <= flexFacets.overall.p50 && sift.overall.p99 <= flexFacets.overall.p99);
    }
  }
  if (siftEngine?.build) {
    add('build ≥ 15,000 paragraphs/s with extraction', '1M', `${fmt(siftEngine.build.paragraphsPerSecond, 0)} /s`, siftEngine.build.paragraphsPerSecond >= 15_000);
  }
  if (server) {
    add('serving RSS ≤ 2 GB', '1M', `${fmt(server.peakRssMb, 0)} MB peak`, server.peakRssMb <= 2048);
    add('persisted index loads in ≤ 5 s (server start)', '1M', `${fmt(server.startMs / 1000, 2)} s${server.loadedFromIndex ? '' : ' (rebuilt!)'}`, server.loadedFromIndex && server.startMs <= 5000);
    const h = server.http;
    add('HTTP ≥ 2,000 distinct (uncached) searches/s, 0 errors, p99 ≤ 20 ms', '100k', `${fmt(h.requestsPerSecond, 0)}/s, ${h.errors + h.non2xx + h.timeouts} errors, p99 ${fmt(h.latencyP99Ms, 0)} ms`, h.requestsPerSecond >= 2000 && h.errors + h.non2xx + h.timeouts === 0 && h.latencyP99Ms <= 20);
  }
  return checks;
}
