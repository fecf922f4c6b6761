// One article in "group by article": its best paragraph as a full result, the next best as short lines, "N more".
import type { FacetName } from '../../src/types';
import { html } from '../html';
import type { ArticleGroup } from '../state/group-hits';
import { ResultItem, buildHitLink } from './ResultItem';

export interface ArticleGroupItemProps {
  group: ArticleGroup;
  q: string;
  isActive: (facet: FacetName, value: string) => boolean;
  onPick: (facet: FacetName, value: string) => void;
}

export function ArticleGroupItem({ group, q, isActive, onPick }: ArticleGroupItemProps) {
  const { lead, extra, more } = group;
  return html`
    <${ResultItem} hit=${lead} q=${q} isActive=${isActive} onPick=${onPick}>
      ${extra.length > 0
        ? html`<ul class="more-paragraphs" aria-label="More paragraphs in this article">
            ${extra.map((h) => html`<li key=${h.id}><a href=${buildHitLink(h.url, q)} class="para-link">¶ ${h.anchor.replace(/^p-/, '')}</a> <span class="snippet" dir="auto" dangerouslySetInnerHTML=${{ __html: h.snippet }}></span></li>`)}
          </ul>`
        : null}
      ${more > 0 ? html`<p class="more-in-article"><a href=${buildHitLink(`/doc/${encodeURIComponent(lead.doc.id)}`, q)}>${more} more in this article</a></p>` : null}
    <//>
  `;
}
