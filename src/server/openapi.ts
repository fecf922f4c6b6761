// The API described from the same zod schema that validates it (served as /api/openapi.json).
import { z } from 'zod';
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import { searchQuerySchema } from '../search/search-params';

type JsonObject = Record<string, unknown>;

/** OpenAPI query parameters for every field of the search schema; list-valued fields are repeatable. */
function queryParameters(registry: FacetRegistry): JsonObject[] {
  const schema = searchQuerySchema(registry);
  const repeatable = new Set(registry.all.map((f) => f.param));
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    description: (field as z.ZodType).description ?? describeInner(field),
    schema: repeatable.has(name) ? { type: 'array', items: { type: 'string' } } : { type: 'string' },
    ...(repeatable.has(name) ? { style: 'form', explode: true } : {}),
  }));
}

function describeInner(field: unknown): string | undefined {
  const def = (field as { _zod?: { def?: { out?: { description?: string } } } })._zod?.def;
  return def?.out?.description;
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

const errorResponse = { description: 'bad request', content: { 'application/json': { schema: errorSchema } } };

const described = new WeakMap<FacetRegistry, JsonObject>();

export function describeApi(registry: FacetRegistry = facetRegistry): JsonObject {
  const known = described.get(registry);
  if (known !== undefined) return known;
  const search = queryParameters(registry);
  const json = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
  const doc: JsonObject = {
    openapi: '3.1.0',
    info: { title: 'Sift', version: '1', description: 'Faceted paragraph search over conflict reporting.' },
    paths: {
      '/api/search': { get: { summary: 'Search paragraphs with facet counts and snippets', parameters: search, responses: { 200: json('hits, total and facet counts'), 400: errorResponse } } },
      '/api/export': {
        get: {
          summary: 'The whole result set as CSV or JSON Lines',
          parameters: [...search.filter((p) => p.name !== 'limit' && p.name !== 'offset'), { name: 'format', in: 'query', schema: { type: 'string', enum: ['csv', 'jsonl'] } }],
          responses: { 200: { description: 'a download' }, 400: errorResponse },
        },
      },
      '/api/docs/{id}': { get: { summary: 'A document and its paragraphs', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: json('the document'), 404: errorResponse } } },
      '/api/suggest': { get: { summary: 'Completions for a search box', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: { 200: json('suggestions'), 400: errorResponse } } },
      '/api/health': { get: { summary: 'Liveness and corpus size', responses: { 200: json('status, documents, paragraphs') } } },
    },
    'x-facets': registry.all.map((f) => ({ name: f.name, param: f.param, prefix: `${f.prefix}:`, label: f.label, level: f.level })),
  };
  described.set(registry, doc);
  return doc;
}
