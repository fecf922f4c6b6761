// The entity page: who or what it is, every alias, how often it is mentioned and quoted, when, with whom, where reported.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, fetchEntity, isAbort, type EntityProfile } from '../api';
import { html } from '../html';
import { entityHref } from '../text/entity-link';
import { formatDate } from '../text/format-date';
import { documentLabel } from '../text/labels';
import { ErrorState } from './ResultStates';
import { SiteHeader } from './SiteHeader';

const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  state: 'State',
  armed_group: 'Armed group',
  place: 'Place',
};

/** The search filter that lists an entity's paragraphs, by its kind. */
function filterParam(kind: string): string {
  if (kind === 'place') return 'location';
  if (kind === 'armed_group') return 'group';
  return 'actor';
}

function searchHref(param: string, value: string): string {
  return `/?${new URLSearchParams({ [param]: value })}`;
}

function Timeline({ months, name }: { months: EntityProfile['timeline']; name: string }) {
  if (months.length === 0) return html`<p>No dated mentions.</p>`;
  const max = Math.max(...months.map((m) => m.count));
  return html`
    <table class="entity-timeline">
      <caption class="visually-hidden">Paragraphs mentioning ${name}, by month of publication</caption>
      <thead><tr><th scope="col">Month</th><th scope="col">Paragraphs</th></tr></thead>
      <tbody>
        ${months.map(
          (m) => html`<tr key=${m.value}>
            <th scope="row">${formatDate(m.value)}</th>
            <td>
              <svg aria-hidden="true" width="120" height="10" class="bar"><rect width=${Math.max(2, Math.round((m.count / max) * 120))} height="10" /></svg>
              <span class="count">${m.count}</span>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}

function Profile({ entity }: { entity: EntityProfile }) {
  const param = filterParam(entity.kind);
  return html`
    <article class="entity" aria-labelledby="entity-title">
      <header class="doc-header">
        <p class="entity-kind">${KIND_LABELS[entity.kind] ?? entity.kind}</p>
        <h1 id="entity-title" dir="auto">${entity.name}</h1>
        ${entity.aliases.length > 0
          ? html`<p class="entity-aliases"><span>Also written: </span>${entity.aliases.map((a, i) => html`${i > 0 ? ', ' : ''}<bdi>${a}</bdi>`)}</p>`
          : null}
        <p class="doc-meta">
          <a href=${searchHref(param, entity.name)}>${entity.mentions.toLocaleString('en')} paragraph${entity.mentions === 1 ? '' : 's'}</a>
          ${entity.as_speaker > 0 ? html`<a href=${searchHref('speaker', entity.name)}>quoted as speaker in ${entity.as_speaker.toLocaleString('en')}</a>` : html`<span>never quoted as speaker</span>`}
        </p>
      </header>
      <div class="entity-grid">
        <section aria-labelledby="timeline-title"><h2 id="timeline-title">Mentions by month</h2><${Timeline} months=${entity.timeline} name=${entity.name} /></section>
        <section aria-labelledby="related-title">
          <h2 id="related-title">Mentioned with</h2>
          ${entity.related.length === 0
            ? html`<p>No other entity in the same paragraphs.</p>`
            : html`<ul class="entity-list">${entity.related.map((r) => html`<li key=${r.value}><a href=${entityHref(r.value)} dir="auto">${r.value}</a> <span class="kind">${KIND_LABELS[r.kind] ?? r.kind}</span> <span class="count">${r.count}</span></li>`)}</ul>`}
        </section>
        <section aria-labelledby="outlets-title">
          <h2 id="outlets-title">Top outlets</h2>
          ${entity.outlets.length === 0
            ? html`<p>No outlet counts yet.</p>`
            : html`<ul class="entity-list">${entity.outlets.map((o) => html`<li key=${o.value}><a href=${`/?${new URLSearchParams({ [param]: entity.name, outlet: o.value })}`} dir="auto">${o.value}</a> <span class="count">${o.count}</span></li>`)}</ul>`}
        </section>
      </div>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">Latest paragraphs</h2>
        <ol class="hits">
          ${entity.recent.map(
            (hit) => html`<li class="hit" key=${hit.id}>
              <h3 class="hit-title"><a href=${hit.url} dir="auto">${documentLabel(hit.doc)}</a></h3>
              <p class="hit-meta">${hit.doc.source ? html`<span class="outlet">${hit.doc.source}</span>` : null}${hit.doc.published ? html`<time datetime=${hit.doc.published}>${formatDate(hit.doc.published)}</time>` : null}</p>
              <p class="snippet" dir="auto">${hit.text}</p>
            </li>`,
          )}
        </ol>
      </section>
    </article>
  `;
}

export function EntityPage({ id }: { id: string }) {
  const [entity, setEntity] = useState<EntityProfile | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [retry, setRetry] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchEntity(id, controller.signal)
      .then((e) => {
        setEntity(e);
        document.title = `${e.name} · Sift`;
      })
      .catch((e: unknown) => {
        if (!isAbort(e)) setError(e instanceof ApiError ? e : new ApiError(0, 'Something went wrong.'));
      });
    return () => controller.abort();
  }, [id, retry]);
  return html`
    <${SiteHeader} />
    <main id="main" class="document" tabindex="-1" aria-busy=${entity || error ? 'false' : 'true'}>
      ${error
        ? error.status === 404
          ? html`<div class="state-panel" role="alert"><h1>Entity not found</h1><p>${error.message}</p><p><a class="button" href="/">Start a new search</a></p></div>`
          : html`<${ErrorState} message=${error.message} onRetry=${() => setRetry((n) => n + 1)} />`
        : entity
          ? html`<${Profile} entity=${entity} />`
          : html`<div class="doc-loading"><div class="sk sk-h1"></div><div class="sk sk-meta"></div></div>`}
    </main>
  `;
}
