// Validates the query string of GET /api/search into SearchParams from one zod schema, which also describes the API (src/server/openapi.ts).
import { z } from 'zod';
import { badParameter } from '../errors';
import { facetRegistry } from '../facets/registry';
import type { FacetDeclaration, FacetRegistry } from '../facets/registry';
import type { SearchParams } from '../types';
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

/** A single-valued parameter: its first value (as URLSearchParams.get does); an empty value counts as absent. */
const single = z
  .array(z.string())
  .optional()
  .transform((v) => (v?.[0] === undefined || v[0] === '' ? undefined : v[0]));

function integer(min: number, max: number, fallback: number) {
  return single.pipe(
    z
      .string()
      .trim()
      .regex(/^\d{1,7}$/)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max))
      .optional()
      .transform((v) => v ?? fallback)
      .describe(`an integer from ${min} to ${max}`),
  );
}

const calendarDate = single.pipe(
  z
    .string()
    .trim()
    .refine((v) => parseDaySpan(v) !== null)
    .optional()
    .transform((v) => v ?? null)
    .describe('a calendar date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

function facetValues(facet: FacetDeclaration) {
  const value =
    facet.valueFormat === 'language_code'
      ? z
          .string()
          .refine(isLanguageCode)
          .transform((v) => v.toLowerCase())
          .describe('an ISO 639-1 language code of two letters, such as en, ru or ar')
      : z.string().max(MAX_FILTER_VALUE_LENGTH).describe(`a value of at most ${MAX_FILTER_VALUE_LENGTH} characters`);
  return z
    .array(z.string())
    .optional()
    .transform((vs) => (vs ?? []).map((v) => v.trim()).filter((v) => v !== ''))
    .pipe(z.array(value).max(MAX_FILTER_VALUES).describe(`at most ${MAX_FILTER_VALUES} values`))
    .transform((vs) => [...new Set(vs)]);
}

const facetMode = single.pipe(z.enum(['any', 'all']).optional().transform((v) => v ?? 'any').describe("'any' or 'all'"));

/** The zod schema of `/api/search`'s query string for a registry (one field per facet parameter). */
export function searchQuerySchema(registry: FacetRegistry = facetRegistry) {
  return z.object({
    // A longer query is trimmed, not refused: a pasted paragraph still searches (its first words count most).
    q: single.transform((v) => (v ?? '').slice(0, MAX_QUERY_LENGTH)).describe('query text; empty = browse everything'),
    from: calendarDate.describe('inclusive start of the publication-date range'),
    to: calendarDate.describe('inclusive end of the publication-date range'),
    doc: single.pipe(z.string().max(MAX_FILTER_VALUE_LENGTH).optional().transform((v) => v ?? null).describe(`a document id of at most ${MAX_FILTER_VALUE_LENGTH} characters`)),
    sort: single.pipe(z.enum(['relevance', 'date', 'oldest']).optional().transform((v) => v ?? 'relevance').describe("'relevance', 'date' (newest first) or 'oldest'")),
    limit: integer(0, MAX_LIMIT, DEFAULT_LIMIT),
    offset: integer(0, MAX_OFFSET, 0),
    facet_size: integer(1, MAX_FACET_SIZE, DEFAULT_FACET_SIZE),
    ...Object.fromEntries(registry.all.map((f) => [f.param, facetValues(f).describe(`${f.label} filter, repeatable: OR within the facet`)])),
    ...Object.fromEntries(registry.all.map((f) => [`${f.param}_mode`, facetMode.describe(`'any' (default: OR) or 'all' (AND) for the ${f.label} values`)])),
  });
}

const schemas = new WeakMap<FacetRegistry, ReturnType<typeof searchQuerySchema>>();

/** Turns `c.req.queries()` into validated SearchParams, throwing a 400 SiftError on the first bad parameter. */
export function parseSearchParams(query: Record<string, string[]>, registry: FacetRegistry = facetRegistry): SearchParams {
  let schema = schemas.get(registry);
  if (schema === undefined) schemas.set(registry, (schema = searchQuerySchema(registry)));
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw toBadParameter(parsed.error, query, schema);
  const v = parsed.data as Record<string, unknown> & z.infer<typeof schema>;
  if (v.from !== null && v.to !== null && parseDaySpan(v.from)!.first > parseDaySpan(v.to)!.last) {
    throw badParameter('from', v.from, `a date not after 'to' (${v.to})`);
  }
  const filters: Record<string, string[]> = {};
  const modes: Record<string, 'any' | 'all'> = {};
  for (const f of registry.all) {
    filters[f.name] = v[f.param] as string[];
    if (v[`${f.param}_mode`] === 'all') modes[f.name] = 'all';
  }
  return {
    q: v.q,
    filters: filters as SearchParams['filters'],
    from: v.from,
    to: v.to,
    doc: v.doc,
    // `lang` is also a registry facet; the engine still reads it here.
    lang: filters.lang ?? [],
    sort: v.sort,
    ...(Object.keys(modes).length > 0 ? { modes } : {}),
    limit: v.limit,
    offset: v.offset,
    facetSize: v.facet_size,
  };
}

/** The first zod issue as a `bad_parameter` error naming the parameter, the value received and what is allowed. */
function toBadParameter(error: z.ZodError, query: Record<string, string[]>, schema: z.ZodObject): Error {
  const issue = error.issues[0]!;
  const name = String(issue.path[0]);
  const values = (query[name] ?? []).filter((x) => x.trim() !== '');
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return badParameter(name, values.join(','), `at most ${MAX_FILTER_VALUES} values`);
  }
  const index = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
  return badParameter(name, values[index] ?? query[name]?.[0] ?? '', innermostDescription(schema.shape[name]) ?? 'a valid value');
}

/** The innermost description along a field's pipes: the one that says what a single value must be. */
function innermostDescription(schema: unknown, depth = 0): string | undefined {
  if (schema === null || typeof schema !== 'object' || depth > 8) return undefined;
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def) {
    for (const k of ['element', 'out', 'innerType', 'in']) {
      const inner = innermostDescription(def[k], depth + 1);
      if (inner !== undefined) return inner;
    }
  }
  return (schema as { description?: string }).description;
}
