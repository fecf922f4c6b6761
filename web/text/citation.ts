// What "copy citation" puts on the clipboard: outlet, title, date and the paragraph's full address.
import { formatDate } from './format-date';

export interface CitedParagraph {
  source: string | null;
  title: string | null;
  published: string | null;
  /** Absolute URL with the paragraph anchor. */
  url: string;
}

/** `TASS, "Title", 4 Jun 2016. https://host/doc/id#p-4` with missing parts left out. */
export function formatCitation(p: CitedParagraph): string {
  const parts = [p.source, p.title ? `“${p.title}”` : null, p.published ? formatDate(p.published) : null].filter((x): x is string => Boolean(x));
  return parts.length === 0 ? p.url : `${parts.join(', ')}. ${p.url}`;
}

/** The absolute address of a paragraph of a document, from the page's origin. */
export function paragraphUrl(origin: string, docId: string, anchor: string): string {
  return `${origin}/doc/${encodeURIComponent(docId)}#${anchor}`;
}
