// Parses the query language (words, "phrases", -exclusions, facet:value prefixes) without ever failing.
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';

/** A bare word (as typed, may hold hyphens) or a quoted phrase, with its span in the query. */
export interface QueryClause {
  kind: 'word' | 'phrase';
  text: string;
  start: number;
  end: number;
  negated: boolean;
}

/** `speaker:zakharova`, `-group:"Ahrar al-Sham"`, `lang:ru`: a facet filter written in the query. */
export interface QueryFilter {
  /** The registry facet's name (src/facets/registry.ts). */
  facet: string;
  value: string;
  negated: boolean;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  filters: QueryFilter[];
  /** True when the query ends inside its last bare word (the user is still typing it). */
  endsInWord: boolean;
}

/** Longest facet prefix the registry allows (its names are at most 32 characters). */
const MAX_PREFIX = 32;

function isSpace(ch: string): boolean {
  return /[\s\p{Cc}\p{Cf}]/u.test(ch);
}

/** Reads `"…"` from `i` (at the opening quote); an unbalanced quote runs to the end. */
function readQuoted(q: string, i: number): { text: string; end: number; closed: boolean } {
  const close = q.indexOf('"', i + 1);
  if (close < 0) return { text: q.slice(i + 1), end: q.length, closed: false };
  return { text: q.slice(i + 1, close), end: close + 1, closed: true };
}

function readBare(q: string, i: number): number {
  let j = i;
  while (j < q.length && !isSpace(q[j]!) && q[j] !== '"') j++;
  return j;
}

function hasWordChar(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Parses a query string; garbage yields fewer clauses, never an error. Curly double quotes count as quotes. */
export function parseQuery(input: string, registry: FacetRegistry = facetRegistry): ParsedQuery {
  const q = input.replace(/[“”„]/g, '"');
  const clauses: QueryClause[] = [];
  const filters: QueryFilter[] = [];
  let endsInWord = false;
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let start = i;
    if (ch === '-' && i + 1 < q.length && !isSpace(q[i + 1]!)) {
      negated = true;
      start = i + 1;
    }
    endsInWord = false;
    if (q[start] === '"') {
      const { text, end } = readQuoted(q, start);
      if (hasWordChar(text)) clauses.push({ kind: 'phrase', text, start: start + 1, end: start + 1 + text.length, negated });
      i = end;
      continue;
    }
    const colon = q.slice(start, start + MAX_PREFIX + 1).indexOf(':');
    const facet = colon > 0 ? registry.byPrefix(q.slice(start, start + colon))?.name : undefined;
    if (facet !== undefined) {
      const valueStart = start + colon + 1;
      if (q[valueStart] === '"') {
        const { text, end } = readQuoted(q, valueStart);
        if (hasWordChar(text)) filters.push({ facet, value: text.trim(), negated });
        i = end;
      } else {
        const end = readBare(q, valueStart);
        const value = q.slice(valueStart, end);
        if (hasWordChar(value)) filters.push({ facet, value, negated });
        i = end;
      }
      continue;
    }
    const end = readBare(q, start);
    const text = q.slice(start, end);
    if (hasWordChar(text)) {
      clauses.push({ kind: 'word', text, start, end, negated });
      endsInWord = end === q.length && !negated;
    }
    i = Math.max(end, i + 1);
  }
  return { clauses, filters, endsInWord };
}
