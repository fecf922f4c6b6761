// Client-side navigation: history entries, same-origin link interception and scroll memory.

export const NAVIGATE_EVENT = 'sift:navigate';

export interface NavigateOptions {
  replace?: boolean;
  /** Extra history state for the new entry (e.g. the search URL a document was opened from). */
  state?: Record<string, unknown>;
}

let pendingScroll: number | null = null;

function rememberScroll(): void {
  history.replaceState({ ...(history.state as object | null), scrollY: window.scrollY }, '');
}

export function navigate(url: string, options: NavigateOptions = {}): void {
  const target = new URL(url, location.href);
  const current = location.pathname + location.search + location.hash;
  const next = target.pathname + target.search + target.hash;
  if (options.replace) {
    history.replaceState({ ...(history.state as object | null), ...options.state }, '', next);
  } else {
    if (next === current) return;
    rememberScroll();
    history.pushState({ ...options.state }, '', next);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The scroll position to restore after a back/forward render, taken once. */
export function takePendingScroll(): number | null {
  const y = pendingScroll;
  pendingScroll = null;
  return y;
}

/** Wires popstate and link clicks; `onChange` re-renders from `location`. */
export function installNavigation(onChange: () => void): void {
  history.scrollRestoration = 'manual';
  window.addEventListener('popstate', (event) => {
    const y = (event.state as { scrollY?: unknown } | null)?.scrollY;
    pendingScroll = typeof y === 'number' ? y : null;
    onChange();
  });
  window.addEventListener(NAVIGATE_EVENT, onChange);
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    // a jump within the same page is left to the browser so :target and hashchange work
    if (url.pathname === location.pathname && url.search === location.search && url.hash !== '') return;
    event.preventDefault();
    const fromSearch = location.pathname === '/' && url.pathname.startsWith('/doc/');
    navigate(url.href, fromSearch ? { state: { from: location.pathname + location.search } } : {});
  });
}
