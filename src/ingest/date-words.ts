// Loads and validates the month, weekday and filler words publication dates are written with (data/date-words.json).
import { readFileSync } from 'node:fs';

export interface DateWords {
  /** Month name (lower case; a few Levantine Arabic names are two words) → month number. */
  months: Map<string, number>;
  /** Month names of more than one word, longest first, so they are read before their parts. */
  multiWordMonths: string[];
  weekdays: Set<string>;
  /** Words set around a date that carry no part of it ("года", "at", "الساعة"). */
  fillers: Set<string>;
}

const DEFAULT_PATH = new URL('./data/date-words.json', import.meta.url);

function fail(where: string, field: string, expected: string): never {
  throw new Error(`${where}: field '${field}' must be ${expected}`);
}

function readWordList(raw: Record<string, unknown>, field: string, where: string): Set<string> {
  const value = raw[field];
  if (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || w.trim() === '')) fail(where, field, 'an array of non-empty strings');
  return new Set((value as string[]).map((w) => w.trim().toLowerCase()));
}

/** Checks raw JSON against the expected shape; throws naming the bad field. */
export function validateDateWords(raw: unknown, where = 'date words'): DateWords {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(where, '(root)', 'an object');
  const obj = raw as Record<string, unknown>;
  const monthsRaw = obj['months'];
  if (typeof monthsRaw !== 'object' || monthsRaw === null || Array.isArray(monthsRaw)) fail(where, 'months', 'an object of name → month number');
  const months = new Map<string, number>();
  for (const [name, month] of Object.entries(monthsRaw)) {
    if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) fail(where, `months.${name}`, 'a month number 1–12');
    months.set(name.trim().toLowerCase(), month as number);
  }
  const multiWordMonths = [...months.keys()].filter((m) => m.includes(' ')).sort((a, b) => b.length - a.length);
  return { months, multiWordMonths, weekdays: readWordList(obj, 'weekdays', where), fillers: readWordList(obj, 'fillers', where) };
}

export function loadDateWords(path: string | URL = DEFAULT_PATH): DateWords {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${String(path)}: cannot load date words: ${(err as Error).message}`);
  }
  return validateDateWords(raw, String(path));
}

export const defaultDateWords: DateWords = loadDateWords();
