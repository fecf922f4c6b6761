// One model for typed and ticked filters: `actor:X` in the query and `actor=X` in the URL select values of the same
// facet, OR-ed within the facet and AND-ed across facets (`<param>_mode=all` makes a facet's values AND-ed instead).
// Negated typed filters (`-actor:X`, also what the facet panel's "exclude" writes) stay exclusions.
import type { SearchParams } from '../../types';
import type { UrlFilter } from '../facets/url-filters';
import type { EngineState } from '../index/engine-state';
import type { Plan, PlanFilter } from './plan';

/** A filter of one value (for `all`: each selected value must be present). */
function singleValue(f: { table: UrlFilter['table']; selected: Uint8Array }, v: number): PlanFilter {
  const selected = new Uint8Array(f.selected.length);
  selected[v] = 1;
  return { table: f.table, selected, negated: false };
}

/**
 * Folds the plan's positive typed filters into the URL filters of their facet (a new URL filter when the facet has
 * none), so both count and combine alike; facets in `all` mode also require each selected value on its own.
 */
export function unifyFilters(s: EngineState, plan: Plan, urlFilters: UrlFilter[], params: Pick<SearchParams, 'modes'>): { plan: Plan; urlFilters: UrlFilter[] } {
  const byTable = new Map(urlFilters.map((f) => [f.table, { ...f, selected: f.selected.slice() }]));
  const remaining: PlanFilter[] = [];
  for (const f of plan.filters) {
    const column = s.facets.findIndex((d) => s.tables[d.name] === f.table);
    if (f.negated || column < 0) {
      remaining.push(f);
      continue;
    }
    let target = byTable.get(f.table);
    if (target === undefined) {
      target = { name: s.facets[column]!.name, table: f.table, selected: new Uint8Array(f.selected.length), column };
      byTable.set(f.table, target);
    }
    for (let v = 0; v < f.selected.length; v++) if (f.selected[v] === 1) target.selected[v] = 1;
  }
  const unified = [...byTable.values()].sort((a, b) => a.column - b.column);
  for (const f of unified) {
    if (params.modes?.[f.name] !== 'all') continue;
    for (let v = 0; v < f.selected.length; v++) if (f.selected[v] === 1) remaining.push(singleValue(f, v));
  }
  return { plan: { ...plan, filters: remaining }, urlFilters: unified };
}
