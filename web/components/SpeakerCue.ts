// Why a paragraph is attributed to its speaker: the words that carry the attribution ("she added") beside the name,
// so an analyst checks an attribution in one glance without opening the article.
import type { SpeakerCue as Cue } from '../../src/types';
import { html } from '../html';

const KIND_TITLES: Record<string, string> = {
  quote: 'quoted words next to the name',
  verb: 'a speech verb with the name',
  according_to: 'an "according to" phrase',
  pronoun: 'a pronoun referring back to the speaker',
  continuation: 'a quotation continuing the previous speaker',
};

/**
 * `docHref`: the document's page ("" on that page itself), so a cue borrowed from an earlier paragraph ("she added")
 * links to the paragraph that names the speaker: "why: ‘she added’ → Maria Zakharova, ¶3".
 */
export function SpeakerCue({ cue, speaker, docHref }: { cue: Cue | null | undefined; speaker: string; docHref: string }) {
  if (!cue || cue.text.trim() === '') return null;
  const source = cue.from ? cue.from.replace(/^p-/, '') : null;
  return html`<span class="speaker-cue" title=${`Attribution from ${KIND_TITLES[cue.kind] ?? cue.kind}`}>why: ‘<bdi>${cue.text}</bdi>’ → <bdi>${speaker}</bdi>${
    source ? html`, <a href=${`${docHref}#${cue.from}`} aria-label=${`named in paragraph ${source}`}>¶${source}</a>` : null
  }</span>`;
}
