// One paragraph hit: title link to the paragraph, source line, highlighted snippet, entity chips.
import type { FacetName, SearchHit } from '../../src/types';
import { html } from '../html';
import { formatDate } from '../text/format-date';
import { documentLabel } from '../text/labels';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { EntityChips, EntityLink } from './EntityChips';
import { SpeakerCue } from './SpeakerCue';
import { AlsoReported } from './AlsoReported';
import { ContextParagraphs, neighbours, useDocument } from './HitContext';

/** The hit's paragraph URL with `?q=` added before the `#p-N` fragment so the document view highlights the words. */
export function buildHitLink(hitUrl: string, q: string): string {
  const hashAt = hitUrl.indexOf('#');
  const path = hashAt >= 0 ? hitUrl.slice(0, hashAt) : hitUrl;
  const hash = hashAt >= 0 ? hitUrl.slice(hashAt) : '';
  const query = q.trim() === '' ? '' : `?${new URLSearchParams({ q: q.trim() })}`;
  return `${path}${query}${hash}`;
}

export interface ResultItemProps {
  /** Shown after the entity chips (group by article puts the article's other paragraphs there). */
  children?: ComponentChildren;
  hit: SearchHit;
  q: string;
  isActive: (facet: FacetName, value: string) => boolean;
  onPick: (facet: FacetName, value: string) => void;
}

export function ResultItem({ hit, q, isActive, onPick, children }: ResultItemProps) {
  const title = documentLabel(hit.doc);
  const [showContext, setShowContext] = useState(false);
  const { doc, failed } = useDocument(hit.doc.id, showContext);
  const context = showContext && doc ? neighbours(doc.paragraphs, hit.anchor) : { before: [], after: [] };
  const paragraphNumber = /^p-(\d+)$/.exec(hit.anchor)?.[1];
  const entities = [
    ...hit.locations.map((value) => ({ facet: 'location' as const, value })),
    ...hit.groups.map((value) => ({ facet: 'group' as const, value })),
    ...hit.actors.map((value) => ({ facet: 'actor' as const, value })),
  ];
  return html`
    <li class="hit">
      <article aria-labelledby=${`hit-${hit.id}`}>
        <h2 class="hit-title"><a id=${`hit-${hit.id}`} dir="auto" href=${buildHitLink(hit.url, q)} class=${hit.doc.title ? '' : 'untitled'} title=${hit.doc.title ? undefined : hit.doc.id}>${title}</a></h2>
        <p class="hit-meta">
          ${hit.doc.source ? html`<span class="outlet">${hit.doc.source}</span>` : null}
          ${hit.doc.published ? html`<time datetime=${hit.doc.published}>${formatDate(hit.doc.published)}</time>` : null}
          ${paragraphNumber ? html`<span class="para-no">¶ ${paragraphNumber}</span>` : null}
          ${hit.speaker
            ? html`<button type="button" class="badge speaker-badge" aria-pressed=${isActive('speaker', hit.speaker) ? 'true' : 'false'} aria-label=${`Speaker: ${hit.speaker}, add as filter`} onClick=${() => onPick('speaker', hit.speaker ?? '')}>
                <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12"><path d="M3 3h10v7H7l-3 3v-3H3z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /></svg>
                ${hit.speaker}
              </button><${EntityLink} name=${hit.speaker} /><${SpeakerCue} cue=${hit.speaker_cue} speaker=${hit.speaker} docHref=${`/doc/${encodeURIComponent(hit.doc.id)}`} />`
            : null}
        </p>
        ${context.before.length > 0 ? html`<${ContextParagraphs} paragraphs=${context.before} label="Paragraph before" />` : null}
        <p class="snippet" dir="auto" dangerouslySetInnerHTML=${{ __html: hit.snippet }}></p>
        ${context.after.length > 0 ? html`<${ContextParagraphs} paragraphs=${context.after} label="Paragraph after" />` : null}
        ${hit.matched ? html`<p class="matched-why">Matched: ${hit.matched.map((m, i) => html`${i > 0 ? '; ' : ''}<bdi>${m}</bdi>`)}</p>` : null}
        <${AlsoReported} also=${hit.also_in} />
        <${EntityChips} entities=${entities} isActive=${isActive} onPick=${onPick} label="Entities in this paragraph" limit=${8} />
        <button type="button" class="link-button context-toggle" aria-expanded=${showContext ? 'true' : 'false'} onClick=${() => setShowContext(!showContext)}>
          ${showContext ? 'Hide context' : 'Show context'}${showContext && failed ? ' (could not load the article)' : ''}
        </button>
        ${children}
      </article>
    </li>
  `;
}
