// The JSON text an engine already made of an answer (for its result cache), so the HTTP layer can send it as it is
// instead of serializing the same tree of hits a second time (each costs about a tenth of a millisecond at 100k).
import type { SearchResponse } from '../types';

const texts = new WeakMap<SearchResponse, string>();

/** Records `text` as `JSON.stringify(answer)`; whoever changes the answer afterwards must not use it. */
export function rememberSerialized(answer: SearchResponse, text: string): void {
  texts.set(answer, text);
}

/**
 * `JSON.stringify(answer)`, reusing the recorded text when there is one. `did_you_mean`, the one field added after the
 * engine answers, goes last, as JSON.stringify would place a property added last.
 */
export function serializeAnswer(answer: SearchResponse): string {
  const text = texts.get(answer);
  if (text === undefined || !text.endsWith('}')) return JSON.stringify(answer);
  if (answer.did_you_mean === undefined) return text;
  return `${text.slice(0, -1)},"did_you_mean":${JSON.stringify(answer.did_you_mean)}}`;
}
