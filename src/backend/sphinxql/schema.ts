// Sift's schema on a SphinxQL engine: index names, the facets held as multi-value attributes, and their attribute names.
import { facetRegistry } from '../../facets/registry';
import type { FacetDeclaration } from '../../facets/registry';

/** The real-time index on every shard, and the distributed index of the same name on the aggregator. */
export const PARAGRAPH_INDEX = 'sift';
/** Per-shard dictionary rows (facet value ⇄ id, index words) with counts, distributed on the aggregator. */
export const DICTIONARY_INDEX = 'sift_dict';
/** An always-empty index whose tokenizer and stemmer `CALL SNIPPETS` uses on the raw paragraph text. */
export const SNIPPET_INDEX = 'sift_snip';

/**
 * A facet as the sharded backend stores it: every facet of the registry (paragraph or document level) plus the
 * publication month as `date`. Each is a multi-value attribute of value ids.
 */
export interface StoredFacet {
  name: string;
  level: 'paragraph' | 'document' | 'date';
  field: string;
  multi: boolean;
  /** The registry's declaration (absent for `date`). */
  declaration?: FacetDeclaration;
}

export const STORED_FACETS: readonly StoredFacet[] = [
  ...facetRegistry.all.map((d) => ({ name: d.name, level: d.level, field: d.field, multi: d.multi, declaration: d })),
  { name: 'date', level: 'date', field: 'published', multi: false },
];

/** The facets whose values are gazetteer entities (a query word naming one also matches them). */
export const ENTITY_FACETS: readonly string[] = facetRegistry.all.filter((d) => d.entityPages && d.level === 'paragraph').map((d) => d.name);

/** The multi-value attribute holding a facet's value ids. */
export function facetAttribute(facet: string): string {
  return `f_${facet}`;
}

/**
 * Full-text fields of the paragraph index, in declaration order. `exact`: folded surface words (prefix matching);
 * `loose`: stemmed, transliteration-folded keys (matching, phrases); `ents`: entity and facet-value tokens;
 * `rel`: the entity tokens again, matched for related entities at a lower field weight.
 */
export const PARAGRAPH_FIELDS = ['title', 'exact', 'loose', 'ents', 'rel'] as const;

/** Scalar attributes of the paragraph index, in declaration order (after the id). */
export const PARAGRAPH_ATTRIBUTES: readonly { name: string; type: 'bigint' | 'uint' | 'string' }[] = [
  { name: 'docid', type: 'bigint' },
  { name: 'pnum', type: 'uint' },
  { name: 'pub_first', type: 'uint' },
  { name: 'pub_last', type: 'uint' },
  { name: 'doc', type: 'string' },
  { name: 'body', type: 'string' },
  { name: 'para', type: 'string' },
  { name: 'meta', type: 'string' },
];

/** A token every paragraph carries in its `ents` field: the positive term of a query that only excludes. */
export const ALL_TOKEN = 'siftall';
