// Publication-date histogram as an SVG bar chart: click a bar, drag across bars, or use the keyboard.
import { useRef, useState } from 'preact/hooks';
import type { FacetValueCount } from '../../src/types';
import { html } from '../html';
import { bucketDates, isBucketSelected, type DateBucket } from '../state/date-buckets';
import { formatRange } from '../text/labels';

const BAR_STEP = 10;
const CHART_HEIGHT = 56;

export interface DateHistogramProps {
  values: FacetValueCount[];
  from: string | null;
  to: string | null;
  loading: boolean;
  /** The histogram's own request failed: say so rather than "No dated paragraphs." */
  failed?: boolean;
  onSelect: (from: string, to: string) => void;
  onClear: () => void;
}

function plural(n: number): string {
  return `${n.toLocaleString('en')} paragraph${n === 1 ? '' : 's'}`;
}

export function DateHistogram({ values, from, to, loading, failed = false, onSelect, onClear }: DateHistogramProps) {
  const [overview, setOverview] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const anchor = useRef<number | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const { unit, buckets } = bucketDates(values, from, to, overview);
  const n = buckets.length;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const selected = buckets.map((b) => isBucketSelected(b, from, to));
  const firstSelected = selected.indexOf(true);
  const tabStop = focusIndex !== null && focusIndex < n ? focusIndex : firstSelected >= 0 ? firstSelected : Math.max(0, n - 1);

  const commit = (a: number, b: number) => {
    const lo = buckets[Math.min(a, b)];
    const hi = buckets[Math.max(a, b)];
    if (!lo || !hi) return;
    const single = a === b;
    if (single && from === lo.key && to === lo.key) {
      onClear();
      return;
    }
    anchor.current = Math.min(a, b);
    onSelect(lo.key, hi.key);
  };

  const indexAt = (clientX: number): number => {
    const box = svgRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.max(0, Math.min(n - 1, Math.floor(((clientX - box.left) / box.width) * n)));
  };

  const focusBar = (i: number) => {
    setFocusIndex(i);
    svgRef.current?.querySelectorAll<SVGRectElement>('.bar-hit')[i]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, i: number) => {
    const moves: Record<string, number> = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: n - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusBar(Math.max(0, Math.min(n - 1, target)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (event.shiftKey && anchor.current !== null && anchor.current < n) commit(anchor.current, i);
      else commit(i, i);
    }
  };

  const shown = drag ? { lo: Math.min(drag.start, drag.end), hi: Math.max(drag.start, drag.end) } : null;
  // the selected span as a band behind the bars, so a range over empty months still shows
  const lastSelected = selected.lastIndexOf(true);
  const band = shown ?? (firstSelected >= 0 ? { lo: firstSelected, hi: lastSelected } : null);
  const readoutIndex = hover ?? focusIndex;
  const readoutBucket: DateBucket | undefined = readoutIndex !== null ? buckets[readoutIndex] : undefined;
  const dragLabel = shown ? `${buckets[shown.lo]?.label ?? ''} – ${buckets[shown.hi]?.label ?? ''}` : null;

  return html`
    <section class="facet histogram" aria-labelledby="histogram-title">
      <div class="histogram-head">
        <h2 id="histogram-title" class="facet-title">Published</h2>
        ${from || to ? html`<button type="button" class="link-button" onClick=${onClear}>Clear dates</button>` : null}
      </div>
      ${n === 0
        ? html`<p class="facet-empty">${loading ? 'Loading…' : failed ? 'Unavailable: the search failed.' : 'No dated paragraphs.'}</p>`
        : html`
          <p class="histogram-readout" aria-hidden="true">
            ${dragLabel ?? (readoutBucket ? `${readoutBucket.label} · ${plural(readoutBucket.count)}` : from || to ? formatRange(from, to) : `${buckets[0]?.label} – ${buckets[n - 1]?.label}`)}
          </p>
          <svg
            ref=${svgRef}
            class=${drag ? 'histogram-chart dragging' : 'histogram-chart'}
            viewBox=${`0 0 ${n * BAR_STEP} ${CHART_HEIGHT}`}
            preserveAspectRatio="none"
            role="group"
            aria-label=${`Paragraphs by publication ${unit}`}
            aria-describedby="histogram-hint"
            onPointerMove=${(e: PointerEvent) => {
              const i = indexAt(e.clientX);
              setHover(i);
              if (drag) setDrag({ start: drag.start, end: i });
            }}
            onPointerLeave=${() => setHover(null)}
            onPointerUp=${(e: PointerEvent) => {
              if (!drag) return;
              const end = indexAt(e.clientX);
              setDrag(null);
              commit(drag.start, end);
            }}
            onPointerCancel=${() => setDrag(null)}
          >
            ${band ? html`<rect class="sel-band" x=${band.lo * BAR_STEP} y="0" width=${(band.hi - band.lo + 1) * BAR_STEP} height=${CHART_HEIGHT} />` : null}
            <rect class="baseline" x="0" y=${CHART_HEIGHT - 0.5} width=${n * BAR_STEP} height="0.5" />
            ${buckets.map((b, i) => {
              const h = b.count === 0 ? 1 : Math.max(3, (b.count / max) * (CHART_HEIGHT - 4));
              const inDrag = shown ? i >= shown.lo && i <= shown.hi : false;
              const cls = ['bar', inDrag || (!shown && selected[i]) ? 'selected' : '', (from || to || shown) && !(inDrag || (!shown && selected[i])) ? 'dimmed' : '', b.count === 0 ? 'empty' : ''].join(' ');
              return html`<g key=${b.key}>
                <rect class=${cls} x=${i * BAR_STEP + 1} y=${CHART_HEIGHT - h} width=${BAR_STEP - 2} height=${h} rx="1" />
                <rect
                  class="bar-hit"
                  x=${i * BAR_STEP}
                  y="0"
                  width=${BAR_STEP}
                  height=${CHART_HEIGHT}
                  tabindex=${i === tabStop ? 0 : -1}
                  role="button"
                  aria-pressed=${selected[i] ? 'true' : 'false'}
                  aria-label=${`${b.label}: ${plural(b.count)}`}
                  data-key=${b.key}
                  onFocus=${() => setFocusIndex(i)}
                  onBlur=${() => setFocusIndex(null)}
                  onKeyDown=${(e: KeyboardEvent) => onKeyDown(e, i)}
                  onPointerDown=${(e: PointerEvent) => {
                    if (e.button !== 0) return;
                    e.preventDefault();
                    (e.currentTarget as Element).closest('svg')?.setPointerCapture(e.pointerId);
                    setDrag({ start: i, end: i });
                  }}
                />
              </g>`;
            })}
          </svg>
          <div class="histogram-axis" aria-hidden="true">
            <span>${buckets[0]?.label}</span>
            ${n >= 5 ? html`<span class="axis-mid" style=${{ left: `${((Math.floor((n - 1) / 2) + 0.5) / n) * 100}%` }}>${buckets[Math.floor((n - 1) / 2)]?.label}</span>` : null}
            <span>${buckets[n - 1]?.label}</span>
          </div>
          <p id="histogram-hint" class="visually-hidden">Arrow keys move between bars, Enter selects one, Shift+Enter extends the selection from the last selected bar. Drag across bars to select a range.</p>
          ${unit === 'month' && overview === false && buckets.length > 0 && (from || to) && values.some((v) => v.value.slice(0, 4) < (buckets[0]?.key.slice(0, 4) ?? '') || v.value.slice(0, 4) > (buckets[n - 1]?.key.slice(0, 4) ?? ''))
            ? html`<button type="button" class="link-button" onClick=${() => setOverview(true)}>Show all years</button>`
            : null}
          ${unit === 'year' && overview ? html`<button type="button" class="link-button" onClick=${() => setOverview(false)}>Show months of the selection</button>` : null}
        `}
    </section>
  `;
}
