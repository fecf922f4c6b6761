// The document view: every paragraph with its anchor, the linked one highlighted, query words and entities marked.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FacetName, IndexedDocument, Paragraph, Suggestion } from '../../src/types';
import { ApiError, fetchDocument, isAbort } from '../api';
import { html } from '../html';
import { navigate, takePendingScroll } from '../state/navigation';
import { extractQueryTerms, markParagraph, type EntityRef, type TextSegment } from '../text/mark-paragraph';
import { formatDate } from '../text/format-date';
import { applyTermSuggestion, removeEntityFragment } from '../text/query-edit';
import { documentLabel } from '../text/labels';
import { facetLabel } from '../facets';
import { SpeakerCue } from './SpeakerCue';
import { EntityChips, EntityLink } from './EntityChips';
import { CiteButton, CopyStatus, useCopy } from './CopyActions';
import { formatCitation, paragraphUrl } from '../text/citation';
import { ErrorState } from './ResultStates';
import { SearchBox } from './SearchBox';
import { SiteHeader } from './SiteHeader';

function filterHref(facet: FacetName, value: string): string {
  return `/?${new URLSearchParams({ [facet]: value })}`;
}

function readHashTarget(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

function isWebUrl(url: string | null): url is string {
  return url !== null && /^https?:\/\//i.test(url);
}

function renderSegments(segments: TextSegment[]) {
  const out: unknown[] = [];
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i];
    if (!segment) break;
    if (segment.entity === null) {
      out.push(segment.mark ? html`<mark>${segment.text}</mark>` : segment.text);
      i++;
      continue;
    }
    const { entity, occurrence } = segment;
    const parts: unknown[] = [];
    for (; i < segments.length && segments[i]?.occurrence === occurrence; i++) {
      const part = segments[i];
      if (part) parts.push(part.mark ? html`<mark>${part.text}</mark>` : part.text);
    }
    out.push(html`<a class=${`ent ent-${entity.facet}`} href=${filterHref(entity.facet, entity.value)} title=${`${facetLabel(entity.facet)}: ${entity.value}. Search paragraphs with it`}>${parts}</a>`);
  }
  return out;
}

function paragraphEntities(p: Paragraph): EntityRef[] {
  return [
    ...(p.speaker ? [{ facet: 'speaker' as const, value: p.speaker }] : []),
    ...p.locations.map((value) => ({ facet: 'location' as const, value })),
    ...p.groups.map((value) => ({ facet: 'group' as const, value })),
    ...p.actors.map((value) => ({ facet: 'actor' as const, value })),
  ];
}

type DocMeta = Pick<IndexedDocument, 'id' | 'title' | 'source' | 'published'>;

function ParagraphBlock({ paragraph, terms, target, doc }: { paragraph: Paragraph; terms: string[]; target: boolean; doc: DocMeta }) {
  const { segments, missing } = useMemo(() => markParagraph(paragraph.text, terms, paragraphEntities(paragraph), paragraph.entities), [paragraph, terms]);
  const number = paragraph.anchor.replace(/^p-/, '');
  const chips = missing.filter((e) => e.facet !== 'speaker');
  const [copied, copy] = useCopy();
  const url = paragraphUrl(location.origin, doc.id, paragraph.anchor);
  return html`
    <div class=${target ? 'para-block is-target' : 'para-block'}>
      <a class="pilcrow" href=${`#${paragraph.anchor}`} aria-label=${`Copy link to paragraph ${number}`} title="Copy the link to this paragraph" onClick=${() => copy(url, 'Link')}>¶${number}</a>
      <p id=${paragraph.anchor} dir="auto" class=${target ? 'para is-target' : 'para'}>${renderSegments(segments)}</p>
      <div class="para-meta">
        ${paragraph.speaker
          ? html`<a class="badge speaker-badge" href=${filterHref('speaker', paragraph.speaker)} aria-label=${`Speaker: ${paragraph.speaker}. Search paragraphs by this speaker`}>
              <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12"><path d="M3 3h10v7H7l-3 3v-3H3z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /></svg>
              ${paragraph.speaker}
            </a><${EntityLink} name=${paragraph.speaker} /><${SpeakerCue} cue=${paragraph.speaker_cue} speaker=${paragraph.speaker} docHref="" />`
          : null}
        <${EntityChips} entities=${chips} label=${`Also mentioned in paragraph ${number}`} />
        <${CiteButton} number=${number} copy=${copy} citation=${formatCitation({ source: doc.source, title: doc.title, published: doc.published, url })} />
        <${CopyStatus} message=${copied} />
      </div>
    </div>
  `;
}

export function DocumentPage({ id, search }: { id: string; search: string }) {
  const q = useMemo(() => new URLSearchParams(search).get('q') ?? '', [search]);
  const terms = useMemo(() => extractQueryTerms(q), [q]);
  const [draft, setDraft] = useState(q);
  const [doc, setDoc] = useState<IndexedDocument | null>(null);
  const [error, setError] = useState<{ status: number; message: string } | null>(null);
  const [retry, setRetry] = useState(0);
  const [target, setTarget] = useState(readHashTarget);
  // captured once: following a ¶ link adds history entries that do not carry it
  const [from] = useState(() => (history.state as { from?: unknown } | null)?.from);
  const backHref = typeof from === 'string' ? from : q ? `/?${new URLSearchParams({ q })}` : null;

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchDocument(id, controller.signal)
      .then((d) => {
        if (!controller.signal.aborted) setDoc(d);
      })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        setError(e instanceof ApiError ? { status: e.status, message: e.message } : { status: 0, message: 'The document could not be loaded.' });
      });
    return () => controller.abort();
  }, [id, retry]);

  useEffect(() => {
    const onHash = () => setTarget(readHashTarget());
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  }, []);

  useEffect(() => {
    if (!doc) return;
    document.title = `${documentLabel(doc)} · Sift`;
    const y = takePendingScroll();
    if (y !== null) {
      window.scrollTo(0, y);
      return;
    }
    const element = target ? document.getElementById(target) : null;
    if (element) element.scrollIntoView({ block: 'center' });
  }, [doc, target]);

  const goSearch = (params: URLSearchParams) => navigate(`/?${params}`);
  const onPick = (s: Suggestion) => {
    if (s.kind === 'term') {
      const next = applyTermSuggestion(draft, s.value);
      setDraft(next);
      goSearch(new URLSearchParams({ q: next.trim() }));
      return;
    }
    const rest = removeEntityFragment(draft, s.value);
    const params = new URLSearchParams(rest ? { q: rest } : {});
    params.append(s.kind, s.value);
    goSearch(params);
  };

  return html`
    <${SiteHeader}>
      <${SearchBox}
        value=${draft}
        onInput=${setDraft}
        onSubmit=${() => goSearch(new URLSearchParams(draft.trim() ? { q: draft.trim() } : {}))}
        onPick=${onPick}
        onClear=${() => setDraft('')}
      />
    <//>
    <main id="main" class="document" tabindex="-1">
      ${backHref
        ? html`<a
            class="back-link"
            href=${backHref}
            onClick=${(e: MouseEvent) => {
              if (typeof from !== 'string' || e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              // going back restores the results' scroll position; after ¶ jumps, open the search anew
              if ((history.state as { from?: unknown } | null)?.from === from) history.back();
              else navigate(from);
            }}
            >← Back to results</a
          >`
        : null}
      ${error
        ? error.status === 404
          ? html`<div class="state-panel" role="alert"><h1>Document not found</h1><p>${error.message}</p><p><a class="button" href="/">Start a new search</a></p></div>`
          : html`<${ErrorState} message=${error.message} onRetry=${() => setRetry((n) => n + 1)} />`
        : !doc
          ? html`<div class="doc-loading" aria-busy="true"><div class="sk sk-h1"></div><div class="sk sk-meta"></div>${[0, 1, 2].map(() => html`<div class="sk sk-line"></div><div class="sk sk-line"></div><div class="sk sk-line short"></div>`)}</div>`
          : html`<article class="doc" aria-labelledby="doc-title">
              <header class="doc-header">
                <h1 id="doc-title" dir="auto" class=${doc.title ? '' : 'untitled'} title=${doc.title ? undefined : doc.id}>${documentLabel(doc)}</h1>
                <p class="doc-meta">
                  ${doc.source ? html`<span class="outlet">${doc.source}</span>` : null}
                  ${doc.published ? html`<time datetime=${doc.published}>${formatDate(doc.published)}</time>` : null}
                  <span>${doc.paragraphs.length} paragraph${doc.paragraphs.length === 1 ? '' : 's'}</span>
                  ${isWebUrl(doc.url) ? html`<a class="source-link" href=${doc.url} target="_blank" rel="noopener noreferrer">Original article<span aria-hidden="true"> ↗</span></a>` : null}
                </p>
                ${terms.length > 0 ? html`<p class="doc-terms">Highlighting: ${terms.map((t) => html`<mark>${t}</mark> `)}</p>` : null}
              </header>
              <div class="doc-body">
                ${doc.paragraphs.map((p) => html`<${ParagraphBlock} key=${p.anchor} paragraph=${p} terms=${terms} target=${p.anchor === target} doc=${doc} />`)}
              </div>
            </article>`}
    </main>
  `;
}
