// Snippets through CALL SNIPPETS: the engine marks the query words (with sentinel characters), Sift escapes everything else.
import { escapeHtml } from '../../search/present/snippet';
import type { ResolveEntities } from '../../search/entity-expansion';
import type { Queryable } from './connection';
import { select } from './connection';
import { SNIPPET_INDEX } from './schema';
import { str } from './sql';

// Private-use characters: removed from the text first, so only the engine's marks can produce <mark>.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

export interface SnippetRequest {
  texts: string[];
  /** Query words (and typo candidates) to mark. */
  words: string[];
  /** Entities the query named: their mentions in each text are marked too, whatever the spelling. */
  entities: string[];
  resolveEntities?: ResolveEntities;
  /** Per text, the words crediting its speaker ("he added") when the query named that speaker: marked too. */
  cues?: (string | null)[];
}

/** The mentions of the named entities in a text, as the words CALL SNIPPETS should mark. */
function mentionWords(text: string, entities: ReadonlySet<string>, resolve: ResolveEntities | undefined): string[] {
  if (resolve === undefined || entities.size === 0) return [];
  try {
    return resolve(text)
      .filter((s) => entities.has(s.canonical))
      .flatMap((s) => text.slice(s.start, s.end).split(/[^\p{L}\p{N}]+/u))
      .filter((w) => w.length > 2);
  } catch {
    return [];
  }
}

/** Keyword query for CALL SNIPPETS: bare words only (its query syntax would read operators). */
function keywordQuery(words: readonly string[]): string {
  const clean = new Set<string>();
  for (const w of words) for (const part of w.split(/[^\p{L}\p{N}]+/u)) if (part !== '') clean.add(part);
  return [...clean].join(' ');
}

/** HTML snippets, one per text: escaped text, the engine's matches in <mark>; falls back to the escaped text. */
export async function buildSnippets(conn: Queryable, req: SnippetRequest, around: number, limit: number): Promise<string[]> {
  const texts = req.texts.map((t) => t.replace(SENTINELS, ''));
  if (texts.length === 0) return [];
  const named = new Set(req.entities);
  // The mentions of the entities the query named are marked in every text of the page (a surface form of a named
  // entity is a match wherever it occurs), so texts differ only by their speaker cue: one CALL per distinct cue,
  // usually one for the whole page, instead of one per text.
  const mentions = new Set(texts.flatMap((t) => mentionWords(t, named, req.resolveEntities)));
  const queries = texts.map((_, i) => keywordQuery([...req.words, ...mentions, req.cues?.[i] ?? '']));
  const out: string[] = new Array(texts.length);
  const groups = new Map<string, number[]>();
  queries.forEach((q, i) => groups.set(q, [...(groups.get(q) ?? []), i]));
  await Promise.all(
    [...groups].map(async ([query, at]) => {
      if (query === '') {
        for (const i of at) out[i] = escapeHtml(shorten(texts[i]!, limit));
        return;
      }
      const list = at.map((i) => str(texts[i]!)).join(',');
      const [rows] = await select(
        conn,
        `CALL SNIPPETS((${list}), '${SNIPPET_INDEX}', ${str(query)}, ${str(OPEN)} AS before_match, ${str(CLOSE)} AS after_match, ` +
          `${around} AS around, ${limit} AS limit, ' … ' AS chunk_separator, 1 AS allow_empty, 'none' AS html_strip_mode)`,
      );
      at.forEach((i, k) => {
        const raw = String(rows?.[k]?.snippet ?? '');
        out[i] = raw === '' ? escapeHtml(shorten(texts[i]!, limit)) : markup(raw);
      });
    }),
  );
  return out;
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit).replace(/\s+\S*$/, '')} …`;
}

/** Escapes the engine's output and turns its sentinels into <mark> pairs (unbalanced ones are dropped). */
export function markup(raw: string): string {
  let open = false;
  let html = '';
  for (const part of raw.split(/([\uE000\uE001])/)) {
    if (part === OPEN) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === CLOSE) {
      if (open) html += '</mark>';
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}
