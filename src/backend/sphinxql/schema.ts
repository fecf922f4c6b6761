// Sift's schema on a SphinxQL engine: index names, the facets held as multi-value attributes, and their attribute names.
/** The real-time index on every shard, and the distributed index of the same name on the aggregator. */
export const PARAGRAPH_INDEX = 'sift';
/** Per-shard dictionary rows (facet value ⇄ id, index words) with counts, distributed on the aggregator. */
export const DICTIONARY_INDEX = 'sift_dict';
/** An always-empty index whose tokenizer and stemmer `CALL SNIPPETS` uses on the raw paragraph text. */
export const SNIPPET_INDEX = 'sift_snip';

/**
 * A facet as the sharded backend stores it: paragraph-level facets come from a paragraph field,
 * document-level ones (outlet, language) from the document; the publication month is the `date` facet.
 * Mirrors the facet registry's declaration (name, level, field, multi) so the list can be read from it.
 */
export interface StoredFacet {
  name: string;
  level: 'paragraph' | 'document' | 'date';
  field: string;
  multi: boolean;
}

export const STORED_FACETS: readonly StoredFacet[] = [
  { name: 'speaker', level: 'paragraph', field: 'speaker', multi: false },
  { name: 'actor', level: 'paragraph', field: 'actors', multi: true },
  { name: 'location', level: 'paragraph', field: 'locations', multi: true },
  { name: 'group', level: 'paragraph', field: 'groups', multi: true },
  { name: 'outlet', level: 'document', field: 'outlet', multi: false },
  { name: 'lang', level: 'document', field: 'lang', multi: false },
  { name: 'date', level: 'date', field: 'published', multi: false },
];

/** The facets whose values are gazetteer entities (a query word naming one also matches them). */
export const ENTITY_FACETS: readonly string[] = ['speaker', 'actor', 'location', 'group'];

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
