// The help dialog (`?` or the search box's help button): keyboard shortcuts and the query language.
import { useEffect, useRef } from 'preact/hooks';
import { FACETS } from '../facets';
import { html } from '../html';

export const OPEN_HELP_EVENT = 'sift:help';

/** The small button beside the search box that opens the help. */
export function HelpButton() {
  return html`<button type="button" class="help-button" aria-label="Search help and keyboard shortcuts" title="Search help (?)" onClick=${() => document.dispatchEvent(new CustomEvent(OPEN_HELP_EVENT))}>?</button>`;
}

const SHORTCUTS: [string, string][] = [
  ['/', 'Focus the search box'],
  ['j / k', 'Next / previous result'],
  ['o or Enter', 'Open the current result'],
  ['Escape', 'Close the suggestions, then clear the box'],
  ['?', 'Show this help'],
];

export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const example = FACETS.find((f) => f.name === 'actor') ?? FACETS[0];
  return html`
    <dialog ref=${ref} class="help-dialog" aria-labelledby="help-title" onClose=${onClose}>
      <h2 id="help-title">Searching and shortcuts</h2>
      <h3>Query</h3>
      <ul>
        <li>Words are combined with AND: <code>shelling Aleppo</code>.</li>
        <li><code>"double quotes"</code> match a phrase; a quoted place name means exactly that place.</li>
        <li><code>-word</code> excludes paragraphs with the word.</li>
        <li>
          <code>${example?.prefix ?? 'actor'}:name</code> (or <code>${example?.prefix ?? 'actor'}:"two words"</code>) is a filter, shown as a chip like a ticked value:
          typed and ticked values of one facet combine with OR, different facets with AND; a facet's “Match all selected” makes its values AND.
          Prefixes: ${FACETS.map((f, i) => html`${i > 0 ? ', ' : ''}<code>${f.prefix}:</code>`)}.
        </li>
        <li><code>-${example?.prefix ?? 'actor'}:name</code> excludes a value; the − beside a facet value writes it for you.</li>
        <li>Names are found in any case and script: <code>zakharova</code>, <code>Захарова</code>.</li>
      </ul>
      <h3>Keyboard</h3>
      <dl class="shortcuts">
        ${SHORTCUTS.map(([keys, what]) => html`<div><dt><kbd>${keys}</kbd></dt><dd>${what}</dd></div>`)}
      </dl>
      <form method="dialog"><button class="button" type="submit">Close</button></form>
    </dialog>
  `;
}
