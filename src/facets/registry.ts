// The facet registry: one declaration per facet kind, read by extraction, the index, the query parser, the API, export and the UI.
import { z } from 'zod';
import type { DocumentMeta, Paragraph } from '../types';
import { DEFAULT_FACET_DECLARATIONS } from './declarations';

/**
 * Where a facet's values live. `paragraph`: a field of each paragraph (its entities, its speaker);
 * `document`: a field of the document's metadata (outlet, language), shared by all its paragraphs.
 */
export type FacetLevel = 'paragraph' | 'document';

/** What a facet's filter values must look like (checked by the request validator). */
export type FacetValueFormat = 'text' | 'language_code';

export interface FacetDeclaration {
  /** Key in `facets` of a search response and in SearchParams.filters: `speaker`, `outlet`. */
  name: string;
  /** URL/API query parameter: `speaker=…` (repeatable). */
  param: string;
  /** Query-language prefix: `speaker:zakharova`. */
  prefix: string;
  /** UI labels. */
  label: string;
  pluralLabel: string;
  level: FacetLevel;
  /** The paragraph field (paragraph level) or document field (document level) holding the values. */
  field: string;
  /** `false`: the field holds one value or null (speaker); `true`: a list (actors). */
  multi: boolean;
  /** Gazetteer entity kinds whose mentions feed this facet (empty for facets not fed by entities). */
  entityKinds: string[];
  /** Column name in CSV/JSON Lines exports. */
  exportColumn: string;
  valueFormat: FacetValueFormat;
  /** Entity pages exist for this facet's values (`/entity/:id`). */
  entityPages: boolean;
}

const NAME = /^[a-z][a-z0-9_]{0,31}$/;

const declarationSchema = z.object({
  name: z.string().regex(NAME, 'lower-case letters, digits and _ (at most 32), starting with a letter'),
  param: z.string().regex(NAME),
  prefix: z.string().regex(NAME),
  label: z.string().min(1),
  pluralLabel: z.string().min(1),
  level: z.enum(['paragraph', 'document']),
  field: z.string().regex(/^[a-z][a-zA-Z0-9_]*$/),
  multi: z.boolean(),
  entityKinds: z.array(z.string().min(1)),
  exportColumn: z.string().regex(NAME),
  valueFormat: z.enum(['text', 'language_code']),
  entityPages: z.boolean(),
});

/** Parameters with another meaning that no facet may take as its param or prefix. */
const RESERVED = new Set(['q', 'from', 'to', 'doc', 'sort', 'limit', 'offset', 'facet_size', 'format', 'date', 'group_by']);

export interface FacetRegistry {
  readonly all: readonly FacetDeclaration[];
  readonly paragraphLevel: readonly FacetDeclaration[];
  readonly documentLevel: readonly FacetDeclaration[];
  byName(name: string): FacetDeclaration | undefined;
  byParam(param: string): FacetDeclaration | undefined;
  byPrefix(prefix: string): FacetDeclaration | undefined;
  /** The facet an entity of this gazetteer kind counts toward by default, if any. */
  byEntityKind(kind: string): FacetDeclaration | undefined;
}

/** Validates declarations (every problem named by entry and field) and indexes them. */
export function createFacetRegistry(declarations: readonly unknown[]): FacetRegistry {
  const all: FacetDeclaration[] = declarations.map((d, i) => {
    const parsed = declarationSchema.safeParse(d);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const name = typeof (d as { name?: unknown })?.name === 'string' ? ` (${(d as { name: string }).name})` : '';
      throw new Error(`facet registry entry ${i}${name}: field '${issue.path.join('.')}': ${issue.message}`);
    }
    return parsed.data;
  });
  const index = (key: 'name' | 'param' | 'prefix') => {
    const map = new Map<string, FacetDeclaration>();
    for (const d of all) {
      const value = d[key];
      if (map.has(value)) throw new Error(`facet registry: ${key} '${value}' is declared twice`);
      if (key !== 'name' && RESERVED.has(value)) throw new Error(`facet registry entry ${d.name}: ${key} '${value}' is reserved`);
      map.set(value, d);
    }
    return map;
  };
  const names = index('name');
  const params = index('param');
  const prefixes = index('prefix');
  const kinds = new Map<string, FacetDeclaration>();
  for (const d of all) for (const k of d.entityKinds) if (!kinds.has(k)) kinds.set(k, d);
  return {
    all,
    paragraphLevel: all.filter((d) => d.level === 'paragraph'),
    documentLevel: all.filter((d) => d.level === 'document'),
    byName: (n) => names.get(n),
    byParam: (p) => params.get(p),
    byPrefix: (p) => prefixes.get(p.toLowerCase()),
    byEntityKind: (k) => kinds.get(k),
  };
}

/** The facets Sift ships with. */
export const facetRegistry: FacetRegistry = createFacetRegistry(DEFAULT_FACET_DECLARATIONS);

/** A facet's values on one paragraph of a document, as a list (empty when it has none). */
export function facetValues(
  facet: FacetDeclaration,
  paragraph: Partial<Paragraph>,
  doc: Partial<DocumentMeta>,
): string[] {
  const holder = (facet.level === 'paragraph' ? paragraph : doc) as Record<string, unknown>;
  const raw = holder[facet.field];
  if (typeof raw === 'string') return raw === '' ? [] : [raw];
  if (Array.isArray(raw)) return raw.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}
