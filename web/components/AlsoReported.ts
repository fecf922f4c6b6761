// "Also reported by TASS, RT (2)": the same statement in other documents, each a link to its paragraph.
import type { AlsoReported as Also } from '../../src/types';
import { html } from '../html';

export function AlsoReported({ also }: { also: Also[] | undefined }) {
  if (!also || also.length === 0) return null;
  return html`<p class="also-reported">Also reported by ${also.map(
    (a, i) => html`${i > 0 ? ', ' : ''}<a href=${`/doc/${encodeURIComponent(a.doc)}#${a.anchor}`} dir="auto">${a.source ?? a.doc}</a>`,
  )} (${also.length})</p>`;
}
