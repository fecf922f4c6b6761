// Saved searches: name the current URL state and keep it server-side; the list says how many paragraphs are new
// since each was last opened, and opening one goes to its page.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html';

interface Saved {
  name: string;
  query: string;
  new: number;
}

async function call(url: string, init?: RequestInit): Promise<Response> {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r;
}

export function SavedSearches({ query }: { query: string }) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<Saved[] | null>(null);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const load = () =>
    call('/api/saved')
      .then((r) => r.json() as Promise<{ searches: Saved[] }>)
      .then((b) => setList(b.searches))
      .catch(() => setStatus('Saved searches are unavailable.'));
  useEffect(() => {
    if (open) void load();
  }, [open]);
  const save = (e: Event) => {
    e.preventDefault();
    if (name.trim() === '') return;
    call('/api/saved', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name.trim(), query }) })
      .then(() => {
        setStatus(`Saved “${name.trim()}”.`);
        setName('');
        return load();
      })
      .catch(() => setStatus('Could not save this search.'));
  };
  const go = (s: Saved) => {
    void call(`/api/saved/${encodeURIComponent(s.name)}/open`, { method: 'POST' })
      .catch(() => undefined)
      .then(() => location.assign(`/${s.query ? `?${s.query}` : ''}`));
  };
  return html`
    <details class="saved-searches" onToggle=${(e: Event) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Saved searches</summary>
      <form onSubmit=${save}>
        <label for="saved-name">Save this search as</label>
        <input id="saved-name" value=${name} maxlength="100" onInput=${(e: Event) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" class="button">Save</button>
      </form>
      <p role="status" class="saved-status">${status}</p>
      ${list && list.length > 0
        ? html`<ul>${list.map(
            (s) => html`<li key=${s.name}><button type="button" class="link-button" onClick=${() => go(s)} dir="auto">${s.name}</button> <span class="count">${s.new > 0 ? `${s.new} new` : 'nothing new'}</span></li>`,
          )}</ul>`
        : list
          ? html`<p>None saved yet.</p>`
          : null}
    </details>
  `;
}
