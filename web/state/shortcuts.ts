// Keyboard shortcuts of the results list: j/k move between results, o opens the current one.

/** The result index `step` away from `current` (-1: none yet), kept within the list. */
export function stepIndex(current: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + step));
}

function resultLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('.hits > .hit .hit-title a')];
}

function currentIndex(links: HTMLAnchorElement[]): number {
  const active = document.activeElement;
  return links.findIndex((a) => a === active || a.closest('.hit')?.contains(active));
}

export function moveToResult(step: 1 | -1): boolean {
  const links = resultLinks();
  const next = stepIndex(currentIndex(links), step, links.length);
  const link = links[next];
  if (!link) return false;
  link.focus({ preventScroll: true });
  link.closest('.hit')?.scrollIntoView({ block: 'nearest' });
  return true;
}

export function openCurrentResult(): boolean {
  const links = resultLinks();
  const link = links[currentIndex(links)];
  if (!link) return false;
  link.click();
  return true;
}
