// The corpus being served, in the header: "5 documents · 57 paragraphs · updated 3 minutes ago", kept fresh while the corpus changes live.
import { useEffect, useState } from 'preact/hooks';
import { fetchHealth, isAbort } from '../api';
import type { CorpusHealth } from '../api';
import { html } from '../html';
import { formatRelativeTime } from '../text/labels';

const REFRESH_MS = 30_000;

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** `refreshKey`: asks again whenever it changes (after each search), besides every 30 seconds. */
export function CorpusStatus({ refreshKey }: { refreshKey?: string }) {
  const [health, setHealth] = useState<CorpusHealth | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetchHealth(controller.signal)
      .then(setHealth)
      .catch((error: unknown) => {
        if (!isAbort(error)) setHealth(null);
      });
    return () => controller.abort();
  }, [refreshKey, tick]);

  if (health === null) return null;
  const updated = health.updated_at ? ` · updated ${formatRelativeTime(health.updated_at)}` : '';
  return html`<p class="corpus-status" title=${health.updated_at ? `Index updated ${new Date(health.updated_at).toLocaleString('en')}` : undefined}>
    ${plural(health.documents, 'document')} · ${plural(health.paragraphs, 'paragraph')}${updated}
  </p>`;
}
