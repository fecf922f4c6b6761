// Replaces the benchmark section of the README (between `<!-- bench:start -->` and `<!-- bench:end -->`), one subsection per size.
export const BENCH_START = '<!-- bench:start -->';
export const BENCH_END = '<!-- bench:end -->';

/** Keeps other sizes' subsections, replaces this size's one; appends the marked section when the README has none. */
export function replaceBenchSection(readme: string, sizeLabel: string, markdown: string, intro: string): string {
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END);
  const existing = start >= 0 && end > start ? readme.slice(start + BENCH_START.length, end) : '';
  const sections = splitSizeSections(existing);
  sections.set(sizeLabel, markdown.trim());
  const ordered = [...sections.entries()].sort((a, b) => sizeOrder(a[0]) - sizeOrder(b[0]));
  const body = [BENCH_START, intro.trim(), '', ...ordered.flatMap(([label, text]) => [`<!-- bench:size ${label} -->`, text, '']), BENCH_END].join('\n');
  if (start >= 0 && end > start) return readme.slice(0, start) + body + readme.slice(end + BENCH_END.length);
  const separator = readme.length === 0 || readme.endsWith('\n\n') ? '' : readme.endsWith('\n') ? '\n' : '\n\n';
  return `${readme}${separator}## Performance\n\n${body}\n`;
}

function splitSizeSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = body.split(/<!-- bench:size (\S+) -->/);
  for (let i = 1; i + 1 < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1]!.trim());
  return sections;
}

function sizeOrder(label: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(label);
  if (!m) return Number.MAX_SAFE_INTEGER;
  const unit = m[2]!.toLowerCase() === 'm' ? 1e6 : m[2]!.toLowerCase() === 'k' ? 1e3 : 1;
  return Number(m[1]) * unit;
}
