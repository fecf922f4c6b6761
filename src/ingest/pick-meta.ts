// Picks the known metadata fields (title, source, url, published, byline, lang) out of a loose object.
import type { SourceDocument } from '../types';
import { normalizeLanguageTag } from './detect-language';
import { normalizeDate } from './normalize-date';

export type ExplicitMeta = SourceDocument['meta'];

function readString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const s = value.replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/**
 * Known fields with `null`/empty treated as unknown and other keys ignored; `date` is an alias of
 * `published`, which is normalised to ISO (an unrecognisable date is dropped); `language` is an alias of
 * `lang`, kept as its primary ISO 639 subtag ("en-GB" → "en"); `author` is an alias of `byline`.
 */
export function pickMeta(raw: Record<string, unknown>): ExplicitMeta {
  const meta: ExplicitMeta = {};
  const title = readString(raw['title']);
  const source = readString(raw['source']);
  const url = readString(raw['url']);
  const published = readString(raw['published'] ?? raw['date']);
  const byline = readString(raw['byline'] ?? raw['author']);
  const lang = readString(raw['lang'] ?? raw['language']);
  if (title !== undefined) meta.title = title;
  if (source !== undefined) meta.source = source;
  if (url !== undefined) meta.url = url;
  const iso = published === undefined ? null : normalizeDate(published);
  if (iso !== null) meta.published = iso;
  if (byline !== undefined) meta.byline = byline;
  const tag = lang === undefined ? null : normalizeLanguageTag(lang);
  if (tag !== null) meta.lang = tag;
  return meta;
}

/** Merges metadata layers; earlier layers win field by field. */
export function mergeMeta(...layers: (ExplicitMeta | undefined)[]): ExplicitMeta {
  const merged: ExplicitMeta = {};
  for (const layer of [...layers].reverse()) if (layer) Object.assign(merged, layer);
  return merged;
}
