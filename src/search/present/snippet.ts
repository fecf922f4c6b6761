// Builds the HTML snippet of a hit: a window of words around the best matches, escaped, matches in <mark>.
import type { AnalyzedToken } from '../../text';

/** A character span of the text to highlight; `unit` says which query part it satisfies. */
export interface MarkSpan {
  start: number;
  end: number;
  unit: number;
}

export interface SnippetOptions {
  /** Words shown around the matches; texts up to 1.25× this length are shown whole. */
  windowWords: number;
}

export const defaultSnippetOptions: SnippetOptions = { windowWords: 40 };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Sorts and merges overlapping spans so marks never nest or overlap. */
export function mergeSpans(spans: readonly MarkSpan[]): MarkSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MarkSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Token window [from, to) holding the most distinct query parts, then the most marks. */
function chooseWindow(tokens: readonly AnalyzedToken[], marks: readonly MarkSpan[], size: number): [number, number] {
  if (marks.length === 0) return [0, Math.min(size, tokens.length)];
  const tokenOfMark = marks.map((m) => {
    const i = tokens.findIndex((t) => t.end > m.start);
    return i < 0 ? tokens.length - 1 : i;
  });
  const lead = Math.floor(size / 5);
  let best: [number, number] = [0, size];
  let bestUnits = -1;
  let bestMarks = -1;
  for (const at of tokenOfMark) {
    const from = Math.max(0, Math.min(at - lead, tokens.length - size));
    const to = from + size;
    const units = new Set<number>();
    let count = 0;
    marks.forEach((m, k) => {
      if (tokenOfMark[k]! >= from && tokenOfMark[k]! < to) {
        units.add(m.unit);
        count++;
      }
    });
    if (units.size > bestUnits || (units.size === bestUnits && count > bestMarks)) {
      best = [from, to];
      bestUnits = units.size;
      bestMarks = count;
    }
  }
  return best;
}

/** The snippet HTML: only `<mark>` and `</mark>` are left unescaped. */
export function buildSnippet(
  text: string,
  tokens: readonly AnalyzedToken[],
  spans: readonly MarkSpan[],
  options: SnippetOptions = defaultSnippetOptions,
): string {
  const marks = mergeSpans(spans);
  let from = 0;
  let to = text.length;
  let cutStart = false;
  let cutEnd = false;
  if (tokens.length > Math.ceil(options.windowWords * 1.25)) {
    const [a, b] = chooseWindow(tokens, marks, options.windowWords);
    if (a > 0) {
      from = tokens[a]!.start;
      cutStart = true;
    }
    if (b < tokens.length) {
      to = tokens[b - 1]!.end;
      cutEnd = true;
    }
  }
  let html = cutStart ? '… ' : '';
  let at = from;
  for (const m of marks) {
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (e <= s) continue;
    html += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  html += escapeHtml(text.slice(at, to));
  return cutEnd ? `${html} …` : html;
}
