// Copy a paragraph's link or a citation to the clipboard, saying so where the reader looks.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html';

const CONFIRM_MS = 2500;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useCopy(): [string, (text: string, what: string) => void] {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (message === '') return;
    const timer = setTimeout(() => setMessage(''), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [message]);
  const copy = (text: string, what: string) => {
    void writeClipboard(text).then((ok) => setMessage(ok ? `${what} copied` : `Could not copy. ${what}: ${text}`));
  };
  return [message, copy];
}


/** "Copy citation" and the confirmation line; the ¶ link itself copies through `copy` too. */
export function CopyStatus({ message }: { message: string }) {
  return html`<span class="copy-status" role="status" aria-live="polite">${message}</span>`;
}

export function CiteButton({ citation, number, copy }: { citation: string; number: string; copy: (text: string, what: string) => void }) {
  return html`<button type="button" class="link-button cite" aria-label=${`Copy citation for paragraph ${number}`} onClick=${() => copy(citation, 'Citation')}>Copy citation</button>`;
}
