// Reads a saved web page's metadata: <meta> article/OpenGraph tags, JSON-LD, <time>, canonical link, <html lang>.
import type { ExplicitMeta } from './pick-meta';
import { normalizeLanguageTag } from './detect-language';
import { normalizeDate } from './normalize-date';
import { normalizeWhitespace, toComparisonKey } from './text-normalize';

/** The DOM surface these readers need (linkedom's document provides it). */
export interface HtmlDocument {
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): Iterable<HtmlElement> & { length: number };
  documentElement: HtmlElement | null;
}

export interface HtmlElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  tagName: string;
}

const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'pubdate',
  'publishdate', 'publish-date', 'publication_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'article.published', 'published_time',
];
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Satirical|Background)?Article$|^BlogPosting$|^LiveBlogPosting$/;
const TITLE_SEPARATOR = /\s+[|–—·•:»-]{1,2}\s+/u;

type JsonObject = Record<string, unknown>;

/** Metadata of the page, as explicit as the file states it; fields the page does not give are absent. */
export function readHtmlMetadata(document: HtmlDocument): ExplicitMeta {
  const metas = readMetaTags(document);
  const article = findJsonLdArticle(document);
  const meta: ExplicitMeta = {};

  const source =
    clean(metas.get('og:site_name')) ?? nameOf(article?.['publisher']) ?? clean(metas.get('application-name')) ?? null;
  if (source) meta.source = source;

  const heading = clean(document.querySelector('h1')?.textContent);
  const rawTitle =
    clean(metas.get('og:title')) ??
    clean(metas.get('twitter:title')) ??
    stringOf(article?.['headline']) ??
    clean(document.querySelector('title')?.textContent) ??
    heading;
  const title = rawTitle ? stripSiteName(rawTitle, source, heading) : null;
  if (title) meta.title = title;

  const byline = readByline(metas, article, document);
  if (byline) meta.byline = byline;

  const published = readPublished(metas, article, document);
  if (published) meta.published = published;

  const url = readCanonicalUrl(document, metas, article);
  if (url) meta.url = url;

  const lang =
    normalizeLanguageTag(document.documentElement?.getAttribute('lang') ?? '') ??
    normalizeLanguageTag(metas.get('content-language') ?? '') ??
    normalizeLanguageTag(metas.get('og:locale') ?? '');
  if (lang) meta.lang = lang;
  return meta;
}

/** `<meta>` contents by lower-cased property / name / itemprop / http-equiv; the first of each key wins. */
function readMetaTags(document: HtmlDocument): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content.trim());
    }
  }
  return metas;
}

/** The page's article node in its JSON-LD blocks (a bare object, an array, or an @graph), or null. */
function findJsonLdArticle(document: HtmlDocument): JsonObject | null {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken JSON-LD block is common and tells us nothing.
    }
    collectNodes(parsed, nodes, 0);
  }
  const isArticle = (node: JsonObject) => typesOf(node).some((t) => ARTICLE_TYPES.test(t));
  return nodes.find(isArticle) ?? nodes.find((node) => typeof node['datePublished'] === 'string') ?? null;
}

function collectNodes(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as JsonObject;
  out.push(node);
  collectNodes(node['@graph'], out, depth + 1);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function readByline(metas: Map<string, string>, article: JsonObject | null, document: HtmlDocument): string | null {
  const fromMeta = [metas.get('author'), metas.get('article:author'), metas.get('dc.creator'), metas.get('parsely-author')]
    .map(clean)
    .find((v) => v !== null && !/^https?:\/\//i.test(v));
  const fromJson = namesOf(article?.['author']);
  const fromLink = clean(document.querySelector('[rel="author"]')?.textContent);
  const byline = fromMeta ?? fromJson ?? fromLink ?? null;
  return byline === null ? null : byline.replace(/^by\s+/i, '').trim() || null;
}

function readPublished(metas: Map<string, string>, article: JsonObject | null, document: HtmlDocument): string | null {
  for (const key of DATE_META_KEYS) {
    const date = normalizeDate(metas.get(key) ?? '');
    if (date) return date;
  }
  const fromJson = normalizeDate(stringOf(article?.['datePublished']) ?? '');
  if (fromJson) return fromJson;
  // A <time> marked as the publication date, then one inside the article, then any.
  for (const selector of ['time[pubdate][datetime]', '[itemprop="datePublished"][datetime]', 'article time[datetime]', 'time[datetime]']) {
    const el = document.querySelector(selector);
    const date = normalizeDate(el?.getAttribute('datetime') ?? '');
    if (date) return date;
  }
  return null;
}

function readCanonicalUrl(document: HtmlDocument, metas: Map<string, string>, article: JsonObject | null): string | null {
  const mainEntity = article?.['mainEntityOfPage'];
  const candidates = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metas.get('og:url'),
    stringOf(article?.['url']),
    typeof mainEntity === 'string' ? mainEntity : stringOf((mainEntity as JsonObject | undefined)?.['@id']),
  ];
  // A relative canonical link cannot be resolved without the page's address, which a saved file has lost.
  return candidates.map((c) => c?.trim()).find((c): c is string => c !== undefined && /^https?:\/\/\S+$/i.test(c)) ?? null;
}

/**
 * "Title | Outlet", "Outlet – Title": drops the outlet part of a page title, recognised as the known outlet
 * name or, failing that, as the part that is not the page's <h1>.
 */
function stripSiteName(title: string, source: string | null, heading: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const key = (s: string) => toComparisonKey(s);
  if (source) {
    const kept = parts.filter((p) => key(p) !== key(source));
    if (kept.length < parts.length && kept.length > 0) return kept.join(' – ');
  }
  if (heading) {
    const match = parts.find((p) => key(p) === key(heading));
    if (match) return match;
  }
  // Unknown outlet: the longest part is the headline (outlet names are short).
  const last = parts.at(-1)!;
  return parts.length === 2 && last.split(/\s+/).length <= 4 && parts[0]!.split(/\s+/).length > 4 ? parts[0]! : title;
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = normalizeWhitespace(value);
  return s === '' ? null : s;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? clean(value) : null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value !== null && typeof value === 'object') return stringOf((value as JsonObject)['name']);
  return null;
}

function namesOf(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).map(nameOf).filter((n): n is string => n !== null);
  return list.length === 0 ? null : list.join(', ');
}
