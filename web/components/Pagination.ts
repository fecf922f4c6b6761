// Page links (Previous, numbers with gaps, Next) as real links the router intercepts.
import { html } from '../html';

export interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/** Page numbers to show: first, last and a window around the current page; 0 marks a gap. */
export function listPages(page: number, pageCount: number): number[] {
  const pages: number[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 1) pages.push(p);
    else if (pages[pages.length - 1] !== 0) pages.push(0);
  }
  return pages;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  return html`
    <nav class="pagination" aria-label="Pages of results">
      ${page > 1 ? html`<a class="page-link" rel="prev" href=${hrefFor(page - 1)}>← Previous</a>` : html`<span class="page-link disabled" aria-hidden="true">← Previous</span>`}
      <ul>
        ${listPages(page, pageCount).map((p, i) =>
          p === 0
            ? html`<li key=${`gap${i}`} class="page-gap" aria-hidden="true">…</li>`
            : html`<li key=${p}><a class="page-link" href=${hrefFor(p)} aria-current=${p === page ? 'page' : undefined} aria-label=${`Page ${p}`}>${p}</a></li>`,
        )}
      </ul>
      ${page < pageCount ? html`<a class="page-link" rel="next" href=${hrefFor(page + 1)}>Next →</a>` : html`<span class="page-link disabled" aria-hidden="true">Next →</span>`}
    </nav>
  `;
}
