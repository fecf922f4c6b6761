// Reads a saved web page: its metadata, and the article body as paragraphs found by Readability (nav, comments, widgets dropped).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExplicitMeta } from './pick-meta';
import { decodeText, type DecodeResult } from './decode-text';
import { readHtmlMetadata, type HtmlDocument } from './html-metadata';
import { countWords, endsLikeSentence, normalizeWhitespace } from './text-normalize';

export type HtmlReadResult = { ok: true; text: string; meta: ExplicitMeta } | { ok: false; reason: string };

export interface HtmlReadOptions {
  /** A block whose text is mostly link text at or above this share is navigation or a related-links list. */
  maxLinkDensity: number;
  /** Words a block needs, ending like a sentence, for the page to count as having an article. */
  minSentenceWords: number;
}

export const defaultHtmlReadOptions: HtmlReadOptions = { maxLinkDensity: 0.5, minSentenceWords: 8 };

/** Elements whose content is never article text. */
const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, textarea, input';
/** Inside Readability's content: captions, asides and headings are not body paragraphs. */
const SKIPPED_TAGS = new Set([
  'FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FOOTER', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'IMG', 'PICTURE',
  'VIDEO', 'AUDIO', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'FORM', 'SVG', 'HR',
]);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'PRE', 'ADDRESS', 'CENTER',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Decodes page bytes: UTF-8, or the charset the page declares (windows-1251, koi8-r, windows-1256…). */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const declared = declaredCharset(bytes);
  if (declared === null || /^(?:utf-?8|unicode-1-1-utf-8)$/i.test(declared)) return decodeText(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    return { ok: false, reason: `unsupported character encoding "${declared}" declared in the page` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text.trim() === '' ? { ok: false, reason: 'empty file (whitespace only)' } : { ok: true, text };
}

/** The charset named by a <meta charset> or http-equiv Content-Type in the first 2 KB, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/**
 * Metadata and body text of a page: paragraphs separated by blank lines, for segmentation to clean further.
 * A page without an article (a section front, a login page) is refused with a reason.
 */
export function readHtmlDocument(html: string, options: Partial<HtmlReadOptions> = {}): HtmlReadResult {
  const opts: HtmlReadOptions = {
    maxLinkDensity: options.maxLinkDensity ?? defaultHtmlReadOptions.maxLinkDensity,
    minSentenceWords: options.minSentenceWords ?? defaultHtmlReadOptions.minSentenceWords,
  };
  if (!/<[a-z!]/i.test(html)) return { ok: false, reason: 'not an HTML page (no markup found)' };
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document, and JSON-LD lives in <script> elements dropped next.
  const meta = readHtmlMetadata(document as unknown as HtmlDocument);
  for (const el of [...document.querySelectorAll(DROPPED)]) el.remove();

  let content: DomNode | null = null;
  try {
    const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
    content = (article?.content as unknown as DomNode | undefined) ?? null;
  } catch (err) {
    return { ok: false, reason: `malformed HTML (${(err as Error).message})` };
  }
  const paragraphs = content ? collectParagraphs(content, opts) : [];
  const hasSentence = paragraphs.some((p) => countWords(p) >= opts.minSentenceWords && endsLikeSentence(p));
  if (!hasSentence) return { ok: false, reason: 'no article found (the page has no readable article body)' };
  return { ok: true, text: paragraphs.join('\n\n'), meta };
}

/** One paragraph per block of Readability's content, in reading order; inline text between blocks is a block too. */
function collectParagraphs(root: DomNode, opts: HtmlReadOptions): string[] {
  const paragraphs: string[] = [];
  let text = '';
  let linkText = 0;

  const flush = () => {
    const paragraph = normalizeWhitespace(text);
    const density = paragraph.length === 0 ? 0 : linkText / text.replace(/\s+/g, '').length;
    if (paragraph !== '' && density < opts.maxLinkDensity) paragraphs.push(paragraph);
    text = '';
    linkText = 0;
  };

  const walk = (node: DomNode, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.textContent ?? '';
        text += value;
        if (inLink) linkText += value.replace(/\s+/g, '').length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        text += ' ';
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child, inLink);
        flush();
      } else {
        walk(child, inLink || tag === 'A');
      }
    }
  };

  walk(root, false);
  flush();
  return paragraphs;
}
