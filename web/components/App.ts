// Routes on location.pathname: `/` is the search page, `/doc/:id` the document view, `/entity/:id` an entity page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html';
import { installNavigation } from '../state/navigation';
import { DocumentPage } from './DocumentPage';
import { EntityPage } from './EntityPage';
import { parseEntityPath } from '../text/entity-link';
import { SearchPage } from './SearchPage';
import { SiteHeader } from './SiteHeader';
import { HelpDialog, OPEN_HELP_EVENT } from './HelpDialog';
import { moveToResult, openCurrentResult } from '../state/shortcuts';

interface Place {
  pathname: string;
  search: string;
}

function readPlace(): Place {
  return { pathname: location.pathname, search: location.search };
}

function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (element as HTMLElement).isContentEditable;
}

function parseDocId(pathname: string): string | null {
  const match = /^\/doc\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function App() {
  const [place, setPlace] = useState(readPlace);
  const lastPath = useRef(place.pathname);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    installNavigation(() => {
      const next = readPlace();
      const popped = (history.state as { scrollY?: unknown } | null)?.scrollY !== undefined;
      if (next.pathname !== lastPath.current && !popped && location.hash === '') window.scrollTo(0, 0);
      lastPath.current = next.pathname;
      setPlace(next);
    });
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented || isEditable(document.activeElement)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      if (event.key === 'j' || event.key === 'k') {
        if (moveToResult(event.key === 'j' ? 1 : -1)) event.preventDefault();
        return;
      }
      if (event.key === 'o') {
        if (openCurrentResult()) event.preventDefault();
        return;
      }
      if (event.key !== '/') return;
      const input = document.getElementById('search-input');
      if (!input) return;
      event.preventDefault();
      input.focus();
      (input as HTMLInputElement).select();
    };
    document.addEventListener('keydown', onKey);
    // the search box's help button asks for the same dialog as `?`
    document.addEventListener(OPEN_HELP_EVENT, () => setHelpOpen(true));
  }, []);

  return html`<${Page} place=${place} /><${HelpDialog} open=${helpOpen} onClose=${() => setHelpOpen(false)} />`;
}

function Page({ place }: { place: Place }) {
  const docId = parseDocId(place.pathname);
  if (docId !== null) return html`<${DocumentPage} key=${docId} id=${docId} search=${place.search} />`;
  const entityId = parseEntityPath(place.pathname);
  if (entityId !== null) return html`<${EntityPage} key=${entityId} id=${entityId} />`;
  if (place.pathname === '/' || place.pathname === '') return html`<${SearchPage} search=${place.search} />`;
  return html`
    <${SiteHeader} />
    <main id="main" class="document" tabindex="-1">
      <div class="state-panel" role="alert"><h1>Page not found</h1><p><a href="/">Go to the search page</a></p></div>
    </main>
  `;
}
