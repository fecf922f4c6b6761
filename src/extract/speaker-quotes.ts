// Where a paragraph quotes someone: quoted spans, a masked copy without them, and how quotes open and close.

export interface QuoteLayout {
  /** [start, end) spans of quoted text, quote marks included. */
  spans: [number, number][];
  /** The paragraph with quoted text blanked out and the marks bounding each quotation replaced by `"`; same length. */
  masked: string;
  /** Kind of the first quote mark, if any: a closing mark first means the quote began in an earlier paragraph. */
  firstMark: 'open' | 'close' | null;
  /** Whether the paragraph starts with an opening quote mark. */
  startsWithQuote: boolean;
  /** Whether a quotation is still open at the end of the paragraph. */
  endsOpen: boolean;
  /** Number of words inside quotation marks. */
  quotedWords: number;
}

const OPEN_MARKS = new Set(['“', '„', '«']);
const CLOSE_MARKS = new Set(['”', '»']);

/**
 * Pairs each opening mark with the next closing one. Writers nest double quotes
 * carelessly, so an opening mark inside an open quote is ignored and a stray
 * closing mark extends the previous quote rather than starting a new one.
 */
export function analyseQuotes(text: string): QuoteLayout {
  const spans: [number, number][] = [];
  let openAt = -1;
  let firstMark: QuoteLayout['firstMark'] = null;

  for (let i = 0; i < text.length; i++) {
    const kind = markKind(text, i);
    if (!kind) continue;
    firstMark ??= kind;
    if (kind === 'open') {
      if (openAt < 0) openAt = i;
      continue;
    }
    if (openAt >= 0) {
      spans.push([openAt, i + 1]);
      openAt = -1;
    } else {
      const last = spans.at(-1);
      if (last) last[1] = i + 1;
      else spans.push([0, i + 1]);
    }
  }
  const endsOpen = openAt >= 0;
  if (endsOpen) spans.push([openAt, text.length]);

  const maskedUnits = text.split('');
  for (const [start, end] of spans) {
    for (let i = start; i < end; i++) maskedUnits[i] = maskedUnits[i] === '\n' ? '\n' : ' ';
    if (markKind(text, start)) maskedUnits[start] = '"';
    if (markKind(text, end - 1)) maskedUnits[end - 1] = '"';
  }

  return {
    spans,
    masked: maskedUnits.join(''),
    firstMark,
    startsWithQuote: markKind(text, text.search(/\S/)) === 'open',
    endsOpen,
    quotedWords: spans.reduce((n, [s, e]) => n + (text.slice(s, e).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0),
  };
}

export function isInsideSpans(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

function markKind(text: string, i: number): 'open' | 'close' | null {
  const ch = text[i];
  if (ch === undefined) return null;
  if (OPEN_MARKS.has(ch)) return 'open';
  if (CLOSE_MARKS.has(ch)) return 'close';
  if (ch === '"') {
    // A straight quote opens after whitespace or an opening bracket, otherwise it closes.
    const before = i > 0 ? text[i - 1] : undefined;
    return before === undefined || /[\s([{—–-]/.test(before) ? 'open' : 'close';
  }
  return null;
}
