// Facet filters typed in the query (`actor:Zakharova`, `-location:"Sheikh Maqsoud"`): found for chips, removed when
// a chip is, and written when a facet panel excludes a value. Prefixes come from the same registry as the panels.
import { facetByPrefix } from '../facets';

export interface TypedFilter {
  facet: string;
  value: string;
  negated: boolean;
  /** The fragment's span in the query, to remove it. */
  start: number;
  end: number;
}

const FRAGMENT = /(^|\s)(-?)([\p{L}_]{1,32}):("[^"]*"?|[^\s"]+)/gu;

export function typedFilters(q: string): TypedFilter[] {
  const out: TypedFilter[] = [];
  for (const m of q.replace(/[“”„]/g, '"').matchAll(FRAGMENT)) {
    const facet = facetByPrefix(m[3]!);
    const value = m[4]!.replace(/^"|"$/g, '').trim();
    if (facet === undefined || !/[\p{L}\p{N}]/u.test(value)) continue;
    const start = m.index + m[1]!.length;
    out.push({ facet: facet.name, value, negated: m[2] === '-', start, end: start + m[0].length - m[1]!.length });
  }
  return out;
}

/** The query without one typed filter, spaces tidied. */
export function removeTypedFilter(q: string, f: Pick<TypedFilter, 'start' | 'end'>): string {
  return `${q.slice(0, f.start)} ${q.slice(f.end)}`.replace(/\s+/g, ' ').trim();
}

/** The query with `-prefix:"value"` appended (the facet panel's "exclude"). */
export function addExclusion(q: string, prefix: string, value: string): string {
  const fragment = `-${prefix}:"${value.replace(/"/g, '')}"`;
  return q.includes(fragment) ? q : `${q.trim()} ${fragment}`.trim();
}
