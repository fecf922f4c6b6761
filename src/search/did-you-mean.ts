// "Did you mean": a corrected query when a word is not in the index but a close spelling is
// (an index word or an entity name), kept only when the corrected query finds more.
import type { Suggestion } from '../types';
import { foldWords } from '../text';
import { editDistance } from '../text/edit-distance';


/** The completions the index offers for a prefix (backend.suggest). */
export type Complete = (prefix: string, limit: number) => Promise<Suggestion[]>;

const MIN_WORD = 4;
const CANDIDATES = 50;

/** Words of a suggestion as they could replace one query word ("Maria Zakharova" offers "Zakharova" too). */
function candidateWords(s: Suggestion): string[] {
  return s.kind === 'term' ? [s.value] : s.value.split(/\s+/).filter((w) => w.length >= MIN_WORD);
}

/** The closest known spelling of one word, or null when the word is known or nothing is close. */
export async function correctWord(word: string, complete: Complete): Promise<string | null> {
  const folded = foldWords(word);
  if (folded.length < MIN_WORD || /\d/.test(folded)) return null;
  const max = folded.length > 6 ? 2 : 1;
  // completions of shorter and shorter prefixes: a typo late in the word keeps a long shared prefix
  const prefixes = [...new Set([folded.slice(0, -1), folded.slice(0, Math.ceil(folded.length / 2)), folded.slice(0, 2)])];
  let best = null as { word: string; distance: number } | null;
  for (const prefix of prefixes) {
    for (const s of await complete(prefix, CANDIDATES)) {
      for (const candidate of candidateWords(s)) {
        const distance = editDistance(folded, foldWords(candidate), max);
        if (distance === 0) return null;
        if (distance <= max && (best === null || distance < best.distance)) best = { word: candidate, distance };
      }
    }
    if (best !== null) break;
  }
  return best?.word ?? null;
}

/** Plain query words that can be corrected: not quoted, not excluded, not a facet:value filter. */
function plainWords(q: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const quoted = [...q.matchAll(/"[^"]*"?/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of q.matchAll(/[^\s"]+/g)) {
    const start = m.index;
    if (quoted.some(([a, b]) => start >= a && start < b)) continue;
    if (m[0].startsWith('-') || m[0].includes(':')) continue;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** The query with each unknown word replaced by its closest known spelling; null when nothing changes. */
export async function suggestQuery(q: string, complete: Complete): Promise<string | null> {
  let out = '';
  let at = 0;
  let changed = false;
  for (const w of plainWords(q)) {
    const fixed = await correctWord(w.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), complete);
    if (fixed === null) continue;
    out += q.slice(at, w.start) + fixed;
    at = w.end;
    changed = true;
  }
  return changed ? out + q.slice(at) : null;
}
