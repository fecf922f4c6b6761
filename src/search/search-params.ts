// Validates the query string of GET /api/search into SearchParams; every bad value is a 400 naming the parameter.
import { badParameter, SiftError } from '../errors';
import { FACET_NAMES } from '../types';
import type { FacetName, SearchParams } from '../types';
import { parseDaySpan } from './query/date-range';
import { isLanguageCode } from './query/languages';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
export const MAX_OFFSET = 10_000;
export const DEFAULT_FACET_SIZE = 10;
export const MAX_FACET_SIZE = 1000;
const MAX_FILTER_VALUE_LENGTH = 300;
const MAX_FILTER_VALUES = 50;

/**
 * Single-valued parameters given more than once use their first value (as URLSearchParams.get does);
 * an empty value counts as absent. Unknown parameters are ignored.
 */
function first(query: Record<string, string[]>, name: string): string | null {
  const value = query[name]?.[0];
  return value === undefined || value === '' ? null : value;
}

function parseInteger(name: string, raw: string | null, fallback: number, min: number, max: number): number {
  if (raw === null) return fallback;
  const value = /^\d{1,7}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badParameter(name, raw, `an integer from ${min} to ${max}`);
  }
  return value;
}

function parseDate(name: string, raw: string | null): string | null {
  if (raw === null) return null;
  const value = raw.trim();
  if (parseDaySpan(value) === null) {
    throw badParameter(name, raw, 'a calendar date written YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return value;
}

function parseFilter(query: Record<string, string[]>, facet: FacetName): string[] {
  const values = (query[facet] ?? []).map((v) => v.trim()).filter((v) => v !== '');
  if (values.length > MAX_FILTER_VALUES) {
    throw badParameter(facet, values.join(','), `at most ${MAX_FILTER_VALUES} values`);
  }
  for (const v of values) {
    if (v.length > MAX_FILTER_VALUE_LENGTH) throw badParameter(facet, v, `a value of at most ${MAX_FILTER_VALUE_LENGTH} characters`);
  }
  return [...new Set(values)];
}

/** `lang=ru&lang=ar`: ISO 639-1 codes, lower-cased, deduplicated. */
function parseLanguages(query: Record<string, string[]>): string[] {
  const values = (query.lang ?? []).map((v) => v.trim()).filter((v) => v !== '');
  if (values.length > MAX_FILTER_VALUES) throw badParameter('lang', values.join(','), `at most ${MAX_FILTER_VALUES} values`);
  for (const v of values) {
    if (!isLanguageCode(v)) throw badParameter('lang', v, 'an ISO 639-1 language code of two letters, such as en, ru or ar');
  }
  return [...new Set(values.map((v) => v.toLowerCase()))];
}

/** Turns `c.req.queries()` into validated SearchParams, throwing a 400 SiftError on the first bad parameter. */
export function parseSearchParams(query: Record<string, string[]>): SearchParams {
  const q = query.q?.[0] ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    throw new SiftError('query_too_long', `parameter 'q' has ${q.length} characters; the maximum is ${MAX_QUERY_LENGTH}`);
  }
  const filters = Object.fromEntries(FACET_NAMES.map((f) => [f, parseFilter(query, f)])) as Record<FacetName, string[]>;
  const from = parseDate('from', first(query, 'from'));
  const to = parseDate('to', first(query, 'to'));
  if (from !== null && to !== null && parseDaySpan(from)!.first > parseDaySpan(to)!.last) {
    throw badParameter('from', from, `a date not after 'to' (${to})`);
  }
  const doc = first(query, 'doc');
  if (doc !== null && doc.length > MAX_FILTER_VALUE_LENGTH) {
    throw badParameter('doc', doc, `a document id of at most ${MAX_FILTER_VALUE_LENGTH} characters`);
  }
  const sortRaw = first(query, 'sort');
  if (sortRaw !== null && sortRaw !== 'relevance' && sortRaw !== 'date') {
    throw badParameter('sort', sortRaw, "'relevance' or 'date'");
  }
  return {
    q,
    filters,
    from,
    to,
    doc,
    lang: parseLanguages(query),
    sort: sortRaw ?? 'relevance',
    limit: parseInteger('limit', first(query, 'limit'), DEFAULT_LIMIT, 0, MAX_LIMIT),
    offset: parseInteger('offset', first(query, 'offset'), 0, 0, MAX_OFFSET),
    facetSize: parseInteger('facet_size', first(query, 'facet_size'), DEFAULT_FACET_SIZE, 1, MAX_FACET_SIZE),
  };
}
