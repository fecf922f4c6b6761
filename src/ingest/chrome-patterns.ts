// Loads and validates the chrome phrase lists and patterns (data/chrome-patterns.json) used by segmentation.
import { readFileSync } from 'node:fs';
import { withFastWordBoundaries } from '../text/fast-word-boundary';

interface RegexSpec {
  source: string;
  flags: string;
}

/** Validated, compiled chrome vocabulary; phrases are lower-case. */
export interface ChromePatterns {
  prompts: string[];
  /** Clause-level prompt shapes ("follow … on Telegram") that a phrase list cannot spell out. */
  promptPatterns: RegExp[];
  promptMaxWords: number;
  standalone: Set<string>;
  uiWords: Set<string>;
  uiStripMinTokens: number;
  uiStripRatio: number;
  iconStripMinCount: number;
  captionPatterns: RegExp[];
  /** The shape of a photo caption printed under its credit line ("<noun phrase>, <Month D, YYYY>."). */
  captionUnderCreditPatterns: RegExp[];
  /** Words that mark a line as a photo caption or credit when they stand in it ("photo", "фото"). */
  captionWords: Set<string>;
  /** An embedded social post's text or signature ("… pic.twitter.com/…", "— Name (@handle) May 3, 2024"). */
  embedPatterns: RegExp[];
  /** In-body pointers to other pages ("Read also: <headline>", "Learn more about …"). */
  teaserPatterns: RegExp[];
  bylinePatterns: RegExp[];
  bylineMaxWords: number;
  datelineLabels: string[];
  outletLabels: string[];
  outletMaxWords: number;
  numberWords: Set<string>;
  /** Verbs an author's bio opens with after the author's name ("… is Senior Editor", "… является"). */
  bioVerbs: Set<string>;
}

const DEFAULT_PATH = new URL('./data/chrome-patterns.json', import.meta.url);

function fail(where: string, field: string, expected: string, got: unknown): never {
  const shown = JSON.stringify(got)?.slice(0, 80) ?? String(got);
  throw new Error(`${where}: field '${field}' got ${shown}; expected ${expected}`);
}

function readStrings(raw: Record<string, unknown>, field: string, where: string): string[] {
  const value = raw[field];
  if (!Array.isArray(value) || value.length === 0) fail(where, field, 'a non-empty array of strings', value);
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') fail(where, `${field}[${i}]`, 'a non-empty string', item);
    return item.trim().toLowerCase();
  });
}

function readNumber(raw: Record<string, unknown>, field: string, where: string, max: number): number {
  const value = raw[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    fail(where, field, `a number in (0, ${max}]`, value);
  }
  return value;
}

function readRegexes(raw: Record<string, unknown>, field: string, where: string): RegExp[] {
  const value = raw[field];
  if (!Array.isArray(value) || value.length === 0) fail(where, field, 'a non-empty array of {source, flags}', value);
  return value.map((item: unknown, i) => {
    const spec = item as Partial<RegexSpec> | null;
    if (!spec || typeof spec.source !== 'string' || (spec.flags !== undefined && typeof spec.flags !== 'string')) {
      fail(where, `${field}[${i}]`, '{ source: string, flags?: string }', item);
    }
    try {
      // The same matches, faster: these patterns are tried on every line of every page.
      return new RegExp(withFastWordBoundaries(spec.source, spec.flags ?? 'u'), spec.flags ?? 'u');
    } catch (err) {
      return fail(where, `${field}[${i}]`, `a valid regular expression (${(err as Error).message})`, spec.source);
    }
  });
}

/** Checks raw JSON against the expected shape and compiles it; throws naming the bad field. */
export function validateChromePatterns(raw: unknown, where = 'chrome patterns'): ChromePatterns {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, '(root)', 'an object', raw);
  const obj = raw as Record<string, unknown>;
  return {
    prompts: readStrings(obj, 'prompts', where),
    promptPatterns: readRegexes(obj, 'promptPatterns', where),
    promptMaxWords: readNumber(obj, 'promptMaxWords', where, 1000),
    standalone: new Set(readStrings(obj, 'standalone', where)),
    uiWords: new Set(readStrings(obj, 'uiWords', where)),
    uiStripMinTokens: readNumber(obj, 'uiStripMinTokens', where, 1000),
    uiStripRatio: readNumber(obj, 'uiStripRatio', where, 1),
    iconStripMinCount: readNumber(obj, 'iconStripMinCount', where, 1000),
    captionPatterns: readRegexes(obj, 'captionPatterns', where),
    captionUnderCreditPatterns: readRegexes(obj, 'captionUnderCreditPatterns', where),
    captionWords: new Set(readStrings(obj, 'captionWords', where)),
    embedPatterns: readRegexes(obj, 'embedPatterns', where),
    teaserPatterns: readRegexes(obj, 'teaserPatterns', where),
    bylinePatterns: readRegexes(obj, 'bylinePatterns', where),
    bylineMaxWords: readNumber(obj, 'bylineMaxWords', where, 1000),
    // Longest label first so "last updated" wins over "updated".
    datelineLabels: readStrings(obj, 'datelineLabels', where).sort((a, b) => b.length - a.length),
    outletLabels: readStrings(obj, 'outletLabels', where).sort((a, b) => b.length - a.length),
    outletMaxWords: readNumber(obj, 'outletMaxWords', where, 1000),
    numberWords: new Set(readStrings(obj, 'numberWords', where)),
    bioVerbs: new Set(readStrings(obj, 'bioVerbs', where)),
  };
}

/** Reads and validates a chrome-patterns JSON file (the bundled one by default). */
export function loadChromePatterns(path: string | URL = DEFAULT_PATH): ChromePatterns {
  const where = String(path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${where}: cannot load chrome patterns: ${(err as Error).message}`);
  }
  return validateChromePatterns(raw, where);
}

export const defaultChromePatterns: ChromePatterns = loadChromePatterns();
