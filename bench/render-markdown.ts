// Renders a benchmark report as the markdown section that goes into the README.
import { QUERY_CATEGORIES } from './engines/types';
import type { BenchReport } from './summarise-results';

const ms = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? '–' : n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0));
const mb = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(0));
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ratio = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 0.1 ? 3 : 2)}×` : '–');

export function renderMarkdown(report: BenchReport): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`### ${report.size.label} paragraphs`);
  lines.push('');
  lines.push(`${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}, Node ${m.node}; ${report.date.slice(0, 10)}.`);
  lines.push(
    `Corpus (seed ${report.seed}): ${int(report.corpus.documents)} documents, ${int(report.corpus.paragraphs)} paragraphs, ` +
      `${int(report.corpus.words)} words, ${int(report.corpus.vocabulary)} distinct words, ${mb(report.corpus.bytes / 1024 ** 2)} MB of JSONL. ` +
      `${report.queryCount} queries, 1 warm-up + ${report.passes} timed passes each.`,
  );
  lines.push('');

  lines.push('| engine (per query) | p50 ms | p95 ms | p99 ms | mean ms | Sift ÷ this (p50 / p95 / p99) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const mode of report.modes) {
    const r = report.ratios.find((x) => x.baseline === mode.name);
    const rs = r ? `${ratio(r.p50)} / ${ratio(r.p95)} / ${ratio(r.p99)}` : '';
    lines.push(`| ${mode.name}${mode.partial ? ' (partial)' : ''} | ${ms(mode.overall.p50)} | ${ms(mode.overall.p95)} | ${ms(mode.overall.p99)} | ${ms(mode.overall.mean)} | ${rs} |`);
  }
  lines.push('');

  if (report.modes.length > 0) {
    lines.push(`| category: p50 / p99 ms | ${report.modes.map((x) => x.name).join(' | ')} |`);
    lines.push(`| --- | ${report.modes.map(() => '---:').join(' | ')} |`);
    for (const category of QUERY_CATEGORIES) {
      const cells = report.modes.map((x) => {
        const s = x.byCategory[category];
        return s ? `${ms(s.p50)} / ${ms(s.p99)}` : '–';
      });
      lines.push(`| ${category} | ${cells.join(' | ')} |`);
    }
    for (const count of ['0', '1', '2']) {
      const cells = report.modes.map((x) => {
        const s = x.byFilterCount[count];
        return s ? `${ms(s.p50)} / ${ms(s.p99)}` : '–';
      });
      lines.push(`| ${count} facet filter${count === '1' ? '' : 's'} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }

  const engineNames = Object.keys(report.engines);
  lines.push(`| build and memory | ${engineNames.join(' | ')} |`);
  lines.push(`| --- | ${engineNames.map(() => '---:').join(' | ')} |`);
  const row = (label: string, cell: (name: string) => string) => lines.push(`| ${label} | ${engineNames.map(cell).join(' | ')} |`);
  const e = (name: string) => report.engines[name]!;
  row('build time, s', (n) => (e(n).build ? (e(n).build!.wallMs / 1000).toFixed(1) : `failed: ${e(n).error?.slice(0, 80) ?? ''}`));
  row('build steps, s', (n) => (e(n).build ? Object.entries(e(n).build!.steps).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ') : '–'));
  row('paragraphs/s', (n) => (e(n).build ? int(e(n).build!.paragraphsPerSecond) : '–'));
  row('CPU ÷ wall while building', (n) => (e(n).build ? (e(n).build!.cpuMs / e(n).build!.wallMs).toFixed(2) : '–'));
  row('peak RSS building, MB', (n) => mb(e(n).memory?.buildPeakRssMb));
  row('RSS after build (GC), MB', (n) => mb(e(n).memory?.afterBuildRssMb));
  row('peak RSS querying, MB', (n) => mb(e(n).memory?.servingPeakRssMb));
  row('index on disk, MB', (n) => {
    const p = e(n).persist;
    if (!p) return '–';
    return p.error ? `fails: ${p.error.slice(0, 60)}` : `${(p.bytes / 1024 ** 2).toFixed(1)} (written in ${(p.ms / 1000).toFixed(1)} s)`;
  });
  lines.push('');

  const siftNotes = report.engines.sift?.build?.notes;
  if (siftNotes && Object.keys(siftNotes).length > 0) {
    lines.push(`Sift extraction found: ${Object.entries(siftNotes).map(([k, v]) => `${k} ${typeof v === 'number' ? int(v) : v}`).join(', ')}.`);
  }
  if (report.agreement) {
    const a = report.agreement;
    lines.push(`Result counts: Sift and ${a.baseline} agree on ${a.sameTotal} of ${a.of} queries; Sift finds nothing where ${a.baseline} finds something on ${a.siftEmptyBaselineNot}.`);
  }
  if (report.server) lines.push(serverLine(report.server));
  lines.push('');

  if (report.targets.length > 0) {
    lines.push('| target | set for | measured here | met |');
    lines.push('| --- | --- | --- | :---: |');
    for (const t of report.targets) {
      const verdict = t.met === null ? '–' : t.met ? 'yes' : 'no';
      lines.push(`| ${t.target} | ${t.appliesAt} | ${t.measured} | ${t.applies ? `**${verdict}**` : `(${verdict})`} |`);
    }
    lines.push('');
    lines.push('A verdict in parentheses compares this size with a target set for another size: indicative only.');
    lines.push('');
  }
  if (report.profile) {
    const p = report.profile;
    lines.push(`Profile of Sift's phase (\`--profile\`: build and queries, ${int(p.totalMs)} ms sampled; timings above are inflated by profiling):`);
    lines.push('');
    lines.push('| inclusive ms | share | function |');
    lines.push('| ---: | ---: | --- |');
    for (const e of p.inclusive.slice(0, 20)) lines.push(`| ${int(e.ms)} | ${e.share}% | \`${e.name}\` |`);
    lines.push('');
    lines.push('| self ms | share | function |');
    lines.push('| ---: | ---: | --- |');
    for (const e of p.self.slice(0, 15)) lines.push(`| ${int(e.ms)} | ${e.share}% | \`${e.name}\` |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The server paragraph: start, RSS of every process, uncached and cached HTTP load, the HTTP stack's ceiling. */
function serverLine(server: NonNullable<BenchReport['server']>): string {
  if ('error' in server) return `Server: failed: ${server.error}`;
  const s = server;
  const load = (h: typeof s.http) =>
    `**${int(h.requestsPerSecond)} req/s**, p50 ${ms(h.latencyP50Ms)} ms, p99 ${ms(h.latencyP99Ms)} ms, ${h.errors} errors, ${h.timeouts} timeouts, ${h.non2xx} non-2xx`;
  const perProcess = (s.processes ?? []).map((p) => `${mb(p.rssMb)}`).join(' + ');
  const workers = s.workers ?? 1;
  // One process holding several workers is the threads mode (SIFT_WORKER_MODE=threads, the default).
  const threads = workers > 1 && (s.processes ?? []).length === 1;
  const shape = threads ? `${workers} worker threads in one process` : `${workers} worker process${workers > 1 ? 'es' : ''}`;
  return (
    `Server (\`src/cli/start.ts\` on the built index, ${shape}): answers /api/health ${(s.startMs / 1000).toFixed(2)} s after spawn` +
    `${s.loadedFromIndex ? '' : ' (it rebuilt the index instead of loading it)'}; RSS of all its processes ${mb(s.rssAfterStartMb)} MB after start, ` +
    `${mb(s.rssAfterLoadMb)} MB after the load tests${perProcess && !threads ? ` (${perProcess}, primary first)` : ''}, peaks summed ${mb(s.peakRssMb)} MB. ` +
    `\`/api/search\` over HTTP (autocannon, 127.0.0.1, ${s.http.connections} connections, ${s.http.durationSeconds} s, the whole mix with facet counts), ` +
    `every request distinct (uncached): ${load(s.http)}` +
    (s.httpCached ? `; the mix repeating, answered from the result cache where it repeats: ${int(s.httpCached.requestsPerSecond)} req/s, p99 ${ms(s.httpCached.latencyP99Ms)} ms` : '') +
    (s.control ? `; the same stack answering a fixed 2 KB JSON: ${int(s.control.requestsPerSecond)} req/s.` : '.')
  );
}
