// "Context": the paragraphs just before and after a hit, fetched from its document and shown inline.
import { useEffect, useState } from 'preact/hooks';
import type { IndexedDocument, Paragraph } from '../../src/types';
import { fetchDocument, isAbort } from '../api';
import { html } from '../html';
import { createResponseCache } from '../state/response-cache';

const documents = createResponseCache<IndexedDocument>(16);

/** The paragraphs `around` either side of the one with `anchor`, in reading order. */
export function neighbours(paragraphs: readonly Paragraph[], anchor: string, around = 1): { before: Paragraph[]; after: Paragraph[] } {
  const at = paragraphs.findIndex((p) => p.anchor === anchor);
  if (at < 0) return { before: [], after: [] };
  return { before: paragraphs.slice(Math.max(0, at - around), at), after: paragraphs.slice(at + 1, at + 1 + around) };
}

export function useDocument(id: string, wanted: boolean): { doc: IndexedDocument | null; failed: boolean } {
  const [doc, setDoc] = useState<IndexedDocument | null>(() => documents.get(id) ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || doc) return;
    const controller = new AbortController();
    fetchDocument(id, controller.signal)
      .then((d) => {
        documents.set(id, d);
        setDoc(d);
      })
      .catch((e: unknown) => {
        if (!isAbort(e)) setFailed(true);
      });
    return () => controller.abort();
  }, [id, wanted]);
  return { doc, failed };
}

export function ContextParagraphs({ paragraphs, label }: { paragraphs: Paragraph[]; label: string }) {
  if (paragraphs.length === 0) return null;
  return html`<div class="hit-context" role="group" aria-label=${label}>${paragraphs.map((p) => html`<p key=${p.anchor} dir="auto">${p.text}</p>`)}</div>`;
}
