// Metadata run into one line with other text: "date 2023-05-16 <headline>", "BREITBART | Published November 30, 2024",
// "November 30, 2024Russian jets…".
import type { ChromePatterns } from './chrome-patterns';
import { detectDateline } from './detect-metadata-line';
import { normalizeDate } from './normalize-date';
import { countWords } from './text-normalize';

export interface MetadataPrefix {
  published: string;
  /** The outlet named beside the date ("BREITBART | Published …"), if any. */
  outlet: string | null;
  /** The text after the metadata ('' when the line held nothing else). */
  rest: string;
}

/** Labels that are also ordinary words opening a sentence ("On March 3 jets bombed…"): never split on them. */
const SENTENCE_LABELS = new Set(['on', 'posted', 'dated', 'updated']);
/** Words a date written after a label may take ("November 30, 2024 12:11 GMT"). */
const MAX_DATE_WORDS = 6;
/** Words an outlet beside a date may have. */
const MAX_OUTLET_WORDS = 4;

const OUTLET_NAME = /^\p{Lu}[\p{L}\p{M}\s.&'’-]*\p{L}$/u;

/** The metadata a line opens with, or null when it opens with none. */
export function splitMetadataPrefix(line: string, patterns: ChromePatterns): MetadataPrefix | null {
  // A whole-line dateline ("Published: 18/03/2019 | Updated: …") is read as one by detectDateline.
  if (detectDateline(line, patterns) !== null) return null;
  return splitPipedLine(line, patterns) ?? splitLabelledDate(line, patterns) ?? splitGluedDate(line);
}

/** A date ending in a year with the first paragraph glued to it, as a scrape leaves them ("November 30, 2024Russian jets…"). */
const GLUED_DATE = /^([^\n]{5,30}?(?:19|20)\d\d)(?=\p{Lu}\p{Ll})/u;

function splitGluedDate(line: string): MetadataPrefix | null {
  const m = GLUED_DATE.exec(line);
  const published = m ? normalizeDate(m[1]!.replace(/,\s*$/u, '')) : null;
  return published === null ? null : { published, outlet: null, rest: line.slice(m![1]!.length) };
}

function splitPipedLine(line: string, patterns: ChromePatterns): MetadataPrefix | null {
  const parts = line.split(/\s+[|•·]\s+/u);
  if (parts.length < 2 || parts.length > 3) return null;
  const dates = parts.map((p) => detectDateline(p, patterns));
  const at = dates.findIndex((d) => d !== null);
  if (at < 0) return null;
  const others = parts.filter((_, i) => i !== at && dates[i] === null);
  // Beside the date only a name may stand ("BREITBART", "Al-Monitor"), not a second date or a time.
  if (!others.every((p) => countWords(p, MAX_OUTLET_WORDS + 1) <= MAX_OUTLET_WORDS && OUTLET_NAME.test(p))) return null;
  return { published: dates[at]!, outlet: others[0] ?? null, rest: '' };
}

function splitLabelledDate(line: string, patterns: ChromePatterns): MetadataPrefix | null {
  const lower = line.toLowerCase();
  for (const label of patterns.datelineLabels) {
    if (SENTENCE_LABELS.has(label) || !lower.startsWith(label) || !/^\s*:?\s/u.test(line.slice(label.length))) continue;
    const tokens = line.slice(label.length).replace(/^\s*:?\s*/u, '').split(/\s+/u);
    // The longest run of words that reads as a date, with text after it.
    for (let n = Math.min(MAX_DATE_WORDS, tokens.length - 1); n >= 1; n--) {
      const date = normalizeDate(tokens.slice(0, n).join(' ').replace(/[,.;]$/u, ''));
      if (date === null) continue;
      const rest = tokens.slice(n).join(' ').replace(/^[\s|–—-]+/u, '');
      return rest === '' ? null : { published: date, outlet: null, rest };
    }
  }
  return null;
}
