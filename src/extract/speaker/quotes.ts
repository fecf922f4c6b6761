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

const QUOTE_MARK = /[“„«”»"]/g;
const NOT_NEWLINE = /[^\n]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const NON_SPACE = /\S/;
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

  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m !== null; m = QUOTE_MARK.exec(text)) {
    const i = m.index;
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

  // Spans are disjoint and in order, so the masked text is built piece by piece.
  let masked = '';
  let cursor = 0;
  let quotedWords = 0;
  for (const [start, end] of spans) {
    masked += text.slice(cursor, start);
    const blank = text.slice(start, end).replace(NOT_NEWLINE, ' ');
    const open = markKind(text, start) ? '"' : blank.slice(0, 1);
    if (end - start === 1) masked += open;
    else masked += open + blank.slice(1, -1) + (markKind(text, end - 1) ? '"' : blank.slice(-1));
    quotedWords += text.slice(start, end).match(WORD)?.length ?? 0;
    cursor = end;
  }
  masked += text.slice(cursor);

  return {
    spans,
    masked,
    firstMark,
    startsWithQuote: markKind(text, text.search(NON_SPACE)) === 'open',
    endsOpen,
    quotedWords,
  };
}

export function isInsideSpans(spans: readonly [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start >= s && end <= e);
}

function markKind(text: string, i: number): 'open' | 'close' | null {
  const ch = text[i];
  if (ch === undefined) return null;
  // Arabic pages often write ” for both marks (لـ”تنسيق المصالحة”) or swap them: a curly mark glued to the word after
  // it, with a space or a glued one-letter prefix before, opens; one glued to the word before it closes.
  if (OPEN_MARKS.has(ch) || CLOSE_MARKS.has(ch)) return curlyMarkKind(text, i, OPEN_MARKS.has(ch) ? 'open' : 'close');
  if (ch === '"') {
    // A straight quote opens after whitespace, an opening bracket or a colon (قائلة:"…), or after an Arabic
    // one-letter prefix joined to it (بـ"المرصد", ب"المرصد"); otherwise it closes.
    const before = i > 0 ? text[i - 1] : undefined;
    if (before === undefined || /[\s([{—–:-]/.test(before)) return 'open';
    return before === '\u0640' || (/[بلوفك]/u.test(before) && /^\s?$/u.test(text[i - 2] ?? '')) ? 'open' : 'close';
  }
  return null;
}

function curlyMarkKind(text: string, i: number, glyph: 'open' | 'close'): 'open' | 'close' {
  const before = text[i - 1];
  const after = text[i + 1];
  const spaceBefore =
    before === undefined || /[\s([{—–:\u0640]/u.test(before) || (ARABIC_PREFIX.test(before) && /^\s?$/u.test(text[i - 2] ?? ''));
  const spaceAfter = after === undefined || /[\s.,;:!?)\]،؛؟]/u.test(after);
  if (glyph === 'close' && spaceBefore && !spaceAfter && ARABIC_LETTER.test(after ?? '')) return 'open';
  if (glyph === 'open' && !spaceBefore && spaceAfter && ARABIC_LETTER.test(before ?? '')) return 'close';
  return glyph;
}

/** A one-letter Arabic prefix joined to a quotation (ب“…”); the tatweel of لـ”…” joins one too. */
const ARABIC_PREFIX = /[بلوفك]/u;
const ARABIC_LETTER = /[\u0621-\u064a]/u;

/**
 * The layout with quotation marks around a bare name (وكالة "سانا", «Профиль») read as no quotation: the name is
 * the source of what follows, not words someone said. `isName` decides for each quoted span [start, end).
 */
export function unquoteNames(text: string, layout: QuoteLayout, isName: (start: number, end: number) => boolean): QuoteLayout {
  const names = layout.spans.filter(([s, e]) => isName(s, e));
  if (names.length === 0) return layout;
  let masked = layout.masked;
  for (const [s, e] of names) masked = masked.slice(0, s) + text.slice(s, e).replace(QUOTE_MARK, ' ') + masked.slice(e);
  const spans = layout.spans.filter((span) => !names.includes(span));
  const quotedWords = spans.reduce((n, [s, e]) => n + (text.slice(s, e).match(WORD)?.length ?? 0), 0);
  return { ...layout, spans, masked, quotedWords };
}

/** Words of `text` (letters and digits), for sizing quoted spans. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
