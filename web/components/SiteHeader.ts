// The page header: brand link home, the search box and the size and freshness of the corpus.
import type { ComponentChildren } from 'preact';
import { html } from '../html';
import { CorpusStatus } from './CorpusStatus';

export function SiteHeader({ children, refreshKey }: { children?: ComponentChildren; refreshKey?: string }) {
  return html`
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <div class="header-inner">
        <a class="brand" href="/" aria-label="Sift: new search">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22"><path d="M3 5h18l-7 8v5l-4 2v-7z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" /></svg>
          <span>Sift</span>
        </a>
        ${children}
        <${CorpusStatus} refreshKey=${refreshKey} />
      </div>
    </header>
  `;
}
