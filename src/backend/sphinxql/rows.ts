// A document as shard rows: per paragraph its analysed text fields, entity tokens, facet value ids and stored JSON; plus what it adds to the dictionary.
import { parsePublishedSpan, publicationBucket } from '../../search/query/date-range';
import { analyzeText, phraseKeys } from '../../text';
import type { IndexedDocument, Paragraph } from '../../types';
import { docKey, docToken, entityToken, facetToken, rowId, valueId } from './ids';
import { ALL_TOKEN, ENTITY_FACETS, STORED_FACETS } from './schema';
import type { StoredFacet } from './schema';
import { facetValues } from '../../facets/registry';


export interface ParagraphRow {
  id: string;
  title: string;
  exact: string;
  loose: string;
  ents: string;
  rel: string;
  docid: number;
  pnum: number;
  pub_first: number;
  pub_last: number;
  doc: string;
  body: string;
  para: string;
  meta: string;
  /** Facet name → value ids. */
  facets: Record<string, number[]>;
  /** What the row adds to the dictionary, from the same analysis as its fields (the text is analysed once). */
  contribution: Contribution;
}

/** What one paragraph contributes to the dictionary: its distinct index words and its facet values. */
export interface Contribution {
  terms: string[];
  values: { facet: string; value: string }[];
}

/** Document metadata without the paragraphs, as stored beside each paragraph. */
export type StoredMeta = Omit<IndexedDocument, 'paragraphs'>;

function asList(value: unknown): string[] {
  if (typeof value === 'string' && value !== '') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v !== '');
  return [];
}

/** The values a paragraph has in a facet: from the paragraph or the document (the registry says which), or its publication month. */
export function facetValuesOf(meta: StoredMeta, p: Omit<Paragraph, 'text'>, facet: StoredFacet): string[] {
  if (facet.declaration === undefined) return asList(publicationBucket(meta.published));
  return facetValues(facet.declaration, p, meta);
}

function anchorNumber(anchor: string): number {
  const m = /(\d+)$/.exec(anchor);
  return m ? Number(m[1]) : 0;
}

export function metaOf(doc: IndexedDocument): StoredMeta {
  const { paragraphs: _paragraphs, ...meta } = doc;
  return meta;
}

/** Rows of every paragraph of a document, in reading order. */
export function documentRows(doc: IndexedDocument): ParagraphRow[] {
  const meta = metaOf(doc);
  const metaJson = JSON.stringify(meta);
  const titleKeys = analyzeText(doc.title ?? '')
    .filter((t) => t.content)
    .map((t) => t.exact)
    .join(' ');
  const span = parsePublishedSpan(doc.published);
  return doc.paragraphs.map((p) => {
    const { text, entities: _entities, ...rest } = p;
    const tokens = analyzeText(text);
    const facets: Record<string, number[]> = {};
    const ents = new Set<string>([ALL_TOKEN, docToken(doc.id)]);
    const related = new Set<string>();
    const contributed: Contribution['values'] = [];
    for (const f of STORED_FACETS) {
      const values = facetValuesOf(meta, rest, f);
      for (const value of values) contributed.push({ facet: f.name, value });
      facets[f.name] = values.map((v) => valueId(f.name, v));
      for (const v of values) {
        ents.add(facetToken(f.name, v));
        if (ENTITY_FACETS.includes(f.name)) {
          ents.add(entityToken(v));
          related.add(entityToken(v));
        }
      }
    }
    return {
      id: rowId(doc.id, p.anchor),
      title: titleKeys,
      exact: tokens.map((t) => t.exact).join(' '),
      loose: phraseKeys(tokens).join(' '),
      ents: [...ents].join(' '),
      rel: [...related].join(' '),
      docid: docKey(doc.id),
      pnum: anchorNumber(p.anchor),
      pub_first: span?.first ?? 0,
      pub_last: span?.last ?? 0,
      doc: doc.id,
      body: text,
      para: JSON.stringify(rest),
      meta: metaJson,
      facets,
      contribution: { terms: termsOf(tokens), values: contributed },
    };
  });
}

/** The distinct index words of an analysed text that the dictionary counts (content words with a letter). */
function termsOf(tokens: ReturnType<typeof analyzeText>): string[] {
  const terms = new Set<string>();
  for (const t of tokens) if (t.content && /\p{L}/u.test(t.exact)) terms.add(t.exact);
  return [...terms];
}

/** The dictionary contribution of one stored paragraph (used both when writing and when replacing it). */
export function contributionOf(meta: StoredMeta, p: Omit<Paragraph, 'text'>, text: string): Contribution {
  const values: Contribution['values'] = [];
  for (const f of STORED_FACETS) for (const value of facetValuesOf(meta, p, f)) values.push({ facet: f.name, value });
  return { terms: termsOf(analyzeText(text)), values };
}

/** Parses the stored JSON of a row back into the document meta and paragraph (without text). */
export function parseStored(row: { meta: unknown; para: unknown }): { meta: StoredMeta; para: Omit<Paragraph, 'text'> } {
  return { meta: JSON.parse(String(row.meta)) as StoredMeta, para: JSON.parse(String(row.para)) as Omit<Paragraph, 'text'> };
}

