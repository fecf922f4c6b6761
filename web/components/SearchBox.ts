// The search input with a suggestions listbox (ARIA combobox): type, arrows, Enter, Escape.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Suggestion } from '../../src/types';
import { fetchSuggestions, isAbort } from '../api';
import { html } from '../html';
import { HelpButton } from './HelpDialog';

const SUGGEST_DELAY_MS = 120;

const KIND_LABELS: Record<Suggestion['kind'], string> = {
  speaker: 'Speaker',
  actor: 'Actor',
  location: 'Location',
  group: 'Armed group',
  term: 'Word',
};

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  onPick: (suggestion: Suggestion) => void;
  onClear: () => void;
  inputRef?: { current: HTMLInputElement | null };
}

export function SearchBox({ value, onInput, onSubmit, onPick, onClear, inputRef }: SearchBoxProps) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ownRef = useRef<HTMLInputElement | null>(null);
  const ref = inputRef ?? ownRef;
  const typed = useRef(false);

  useEffect(() => {
    const q = value.trim();
    if (!typed.current || q === '') {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSuggestions(q, controller.signal)
        .then((list) => {
          setSuggestions(Array.isArray(list) ? list.slice(0, 8) : []);
          setActive(-1);
        })
        .catch((error: unknown) => {
          if (!isAbort(error)) setSuggestions([]);
        });
    }, SUGGEST_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const expanded = open && suggestions.length > 0;

  const pick = (suggestion: Suggestion) => {
    typed.current = false;
    setOpen(false);
    setSuggestions([]);
    setActive(-1);
    onPick(suggestion);
    ref.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        setOpen(true);
        setActive(step === 1 ? 0 : suggestions.length - 1);
        return;
      }
      setActive((i) => {
        const next = i + step;
        return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
      if (chosen) pick(chosen);
      else {
        setOpen(false);
        onSubmit();
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value !== '') {
        event.preventDefault();
        typed.current = false;
        onClear();
      }
    }
  };

  // the help button comes before the input in tab order, so Tab from the box still reaches "skip filters" next
  const activeId = expanded && active >= 0 ? `suggestion-${active}` : undefined;

  return html`
    <div class="searchbox">
      <${HelpButton} />
      <label class="visually-hidden" for="search-input">Search paragraphs</label>
      <svg class="searchbox-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2" /><path d="M20 20l-4-4" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
      <input
        id="search-input"
        ref=${ref}
        type="search"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck=${false}
        placeholder="Search paragraphs: people, places, groups, words…"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="suggestions"
        aria-activedescendant=${activeId}
        aria-describedby="search-hint"
        value=${value}
        onInput=${(event: Event) => {
          typed.current = true;
          setOpen(true);
          onInput((event.target as HTMLInputElement).value);
        }}
        onKeyDown=${onKeyDown}
        onFocus=${() => setOpen(true)}
        onBlur=${() => setOpen(false)}
      />
      <kbd class="searchbox-kbd" aria-hidden="true">/</kbd>
      <span id="search-hint" class="visually-hidden">Type to search. Use the arrow keys to choose a suggestion, Enter to search, Escape to close or clear.</span>
      <ul id="suggestions" role="listbox" aria-label="Suggestions" class=${expanded ? 'suggestions' : 'suggestions hidden'}>
        ${suggestions.map(
          (s, i) => html`
            <li
              id=${`suggestion-${i}`}
              role="option"
              aria-selected=${i === active ? 'true' : 'false'}
              class=${i === active ? 'suggestion active' : 'suggestion'}
              onMouseDown=${(event: MouseEvent) => event.preventDefault()}
              onMouseMove=${() => setActive(i)}
              onClick=${() => pick(s)}
            >
              <span class="suggestion-value">${s.value}</span>
              <span class=${`kind kind-${s.kind}`}>${s.kind === 'term' ? 'Word' : `${KIND_LABELS[s.kind] ?? s.kind} · filter`}</span>
            </li>
          `,
        )}
      </ul>
    </div>
  `;
}
