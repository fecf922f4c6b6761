// Shared contracts between the pipeline stages (ingest → extract → search → server).

export type FacetName = 'speaker' | 'actor' | 'location' | 'group';
export const FACET_NAMES: readonly FacetName[] = ['speaker', 'actor', 'location', 'group'];

/** Document metadata as served by the API. `published` is ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface DocumentMeta {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  /** ISO 639-1 language of the body text: given in the metadata, else detected. */
  lang?: string;
  /** Author credit read from the page or the metadata ("Jane Doe"), when known. */
  byline?: string;
  /** The canonical outlet (src/facets/outlet.ts): the `outlet` facet's value. */
  outlet?: string | null;
}

export type InputFormat = 'txt' | 'md' | 'json' | 'jsonl' | 'html';

/** A document as read from disk, before segmentation. */
export interface SourceDocument {
  id: string;
  /** Path relative to the corpus folder, with `/` separators. */
  file: string;
  format: InputFormat;
  /** Where a record came from when a file holds many: `file:line` for JSON Lines. */
  origin?: string;
  /** Body text as found in the file (for json records: the `text` field). */
  text: string;
  /** Metadata given explicitly (sidecar, meta.json, JSON record, front matter); text-derived fallbacks come later. */
  meta: Partial<Omit<DocumentMeta, 'id'>>;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** A document split into article-body paragraphs, with its metadata resolved. */
export interface SegmentedDocument {
  meta: DocumentMeta;
  paragraphs: string[];
}

export type EntityKind = 'person' | 'organisation' | 'state' | 'armed_group' | 'place';

/** One entity occurrence found in a paragraph. */
export interface Mention {
  canonical: string;
  kind: EntityKind;
  /** UTF-16 offsets into the paragraph text. */
  start: number;
  end: number;
  surface: string;
  /** Which facet this occurrence counts toward (a state may be an actor or a place). */
  facet: 'actor' | 'location' | 'group';
  origin: 'gazetteer' | 'nlp';
}

/** What an attribution rests on (GUIDELINES "speaker cue"): its kind and the words that carry it, as UTF-16 offsets. */
export type SpeakerCueKind = 'quote' | 'verb' | 'according_to' | 'pronoun' | 'continuation';

export interface SpeakerCue {
  kind: SpeakerCueKind;
  /** The words of the paragraph that carry the attribution ("she added", "according to Interfax"). */
  text: string;
  start: number;
  end: number;
  /**
   * For a pronoun or a continued quotation: the anchor of the paragraph that names the speaker ("p-3"), so the
   * analyst can check what "she added" refers back to. Absent when no earlier paragraph names them.
   */
  from?: string;
}

export interface ParagraphFacets {
  speaker: string | null;
  /** The evidence for `speaker`; null when the paragraph has no speaker. */
  speaker_cue?: SpeakerCue | null;
  actors: string[];
  locations: string[];
  groups: string[];
  dates: string[];
}

export interface Paragraph extends ParagraphFacets {
  /** `p-N`, N counting body paragraphs from 1 in reading order. */
  anchor: string;
  text: string;
  /** Present in `/api/docs/:id` answers only. */
  entities?: EntitySpan[];
}

/** An entity the query-time gazetteer matcher found in a text (a query, a hit), by canonical name and facet. */
export interface ResolvedEntity {
  canonical: string;
  facet: 'actor' | 'location' | 'group';
  start: number;
  end: number;
}

/** Where an entity stands in a paragraph's text (UTF-16 offsets); served by `/api/docs/:id`, an extension of the contract. */
export interface EntitySpan {
  start: number;
  end: number;
  facet: 'actor' | 'location' | 'group';
  value: string;
}

export interface IndexedDocument extends DocumentMeta {
  paragraphs: Paragraph[];
}

export interface FacetValueCount {
  value: string;
  count: number;
}

/** `lang` (documents' ISO 639-1 languages) is an extension of the contract: engines that know languages count them. */
export type FacetCounts = Record<FacetName | 'date', FacetValueCount[]> & { lang?: FacetValueCount[] };

/** The same statement (a near-duplicate paragraph) in another document (src/statements/). */
export interface AlsoReported {
  doc: string;
  anchor: string;
  source: string | null;
  published: string | null;
}

export interface SearchHit extends Omit<Paragraph, 'anchor'> {
  /** Near-duplicates of this paragraph in other documents, when there are any. */
  also_in?: AlsoReported[];
  /** Why it matched when its marks do not show the query as typed: `["alias: Захарова", "entity: Maria Zakharova"]`. */
  matched?: string[];
  /**
   * Set on a hit past `total` (not a full match, so outside the count and the facets): `partial`, it has some of the
   * query's words; `unattributed`, it has them all but no speaker, in a document where a selected speaker speaks or
   * is named (words attribution may have missed).
   */
  extra?: 'partial' | 'unattributed';
  id: string;
  doc: Pick<DocumentMeta, 'id' | 'title' | 'source' | 'published'>;
  anchor: string;
  url: string;
  snippet: string;
  score: number;
}

export interface SearchResponse {
  total: number;
  took_ms: number;
  relaxed: boolean;
  hits: SearchHit[];
  facets: FacetCounts;
  /** A corrected query when a word looks misspelt and the correction finds more (src/search/did-you-mean.ts). */
  did_you_mean?: string;
  /** Places searched together with the places within them (src/search/entity-expansion.ts), and the exact query. */
  subplaces?: SubplaceExpansion[];
}

export interface SubplaceExpansion {
  place: string;
  /** How many places within it the index holds (and the search includes). */
  within: number;
  /** The query with the place's name quoted: exactly that place. */
  exact_q: string;
}

export interface Suggestion {
  value: string;
  /** The facet an entity belongs to, or `term` for an index word. */
  kind: FacetName | 'term';
}

/** Validated `/api/search` parameters (see src/search/search-params.ts). */
export interface SearchParams {
  q: string;
  /** Selected values per registry facet (src/facets/registry.ts), OR-ed within a facet, AND-ed across facets. */
  filters: Record<FacetName, string[]> & Record<string, string[]>;
  /** Inclusive publication-date bounds as given: YYYY, YYYY-MM or YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  doc: string | null;
  /** Document languages (ISO 639-1, lower case), OR-ed; absent or empty = any. An extension of the contract. */
  lang?: string[];
  /** `date` = newest first; `oldest` = oldest first, undated last (an extension of the contract). */
  sort: 'relevance' | 'date' | 'oldest';
  /** Per facet name: `all` when every selected value must be present (`<param>_mode=all`); default `any`. */
  modes?: Record<string, 'any' | 'all'>;
  limit: number;
  offset: number;
  facetSize: number;
}

/** What the server needs from a built index; built once at start, never per request. */
export interface SearchEngine {
  search(params: SearchParams): SearchResponse;
  suggest(q: string, limit?: number): Suggestion[];
  getDocument(id: string): IndexedDocument | undefined;
  stats(): { documents: number; paragraphs: number };
  /** ISO time of the last build or applied corpus change, when the engine knows it (an extension). */
  updatedAt?(): string;
}
