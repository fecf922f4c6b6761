// Why a hit matched, when its marks alone do not say it: a word the query did not spell (an alias, another script, a
// stem or synonym), or an entity the paragraph carries without naming it (a speaker by attribution, a place within).
import type { UnitQuery } from '../execute/unit-query';
import { analyzeText } from '../../text';
import type { MarkSpan } from './snippet';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Plain ASCII is neither script; most surfaces are, and the Unicode script tests cost a tenth of a phrase query. */
const ASCII = /^[\x00-\x7f]*$/;

function scriptOf(text: string): string {
  if (ASCII.test(text)) return 'latin';
  return CYRILLIC.test(text) ? 'cyrillic' : ARABIC.test(text) ? 'arabic' : 'latin';
}

/** The reasons, e.g. `["alias: Захарова", "entity: Maria Zakharova"]`; empty when every mark is a word as typed. */
export function matchReasons(
  text: string,
  marks: readonly MarkSpan[],
  units: readonly UnitQuery[],
  facetValues: readonly string[],
): string[] {
  const reasons = new Set<string>();
  units.forEach((r, u) => {
    const typed = new Set(r.unit.lookups.map((l) => l.exact));
    const typedScript = scriptOf(r.unit.lookups.map((l) => l.exact).join(' '));
    const own = marks.filter((m) => m.unit === u);
    const entity = r.unit.canonicals.length > 0;
    const carried = r.unit.canonicals.filter((c) => facetValues.includes(c));
    const within = r.unit.related.filter((c) => facetValues.includes(c));
    // a place within the named one (or a state's affiliate) is marked by its own name: the reason is the relation
    if (entity && carried.length === 0 && within.length > 0) {
      for (const c of within.slice(0, 3)) reasons.add(`related: ${c}`);
      return;
    }
    for (const m of own) {
      const surface = text.slice(m.start, m.end);
      if (analyzeText(surface).some((t) => typed.has(t.exact))) continue;
      const kind = scriptOf(surface) !== typedScript ? 'other script' : entity ? 'alias' : 'stem or synonym';
      reasons.add(`${kind}: ${surface}`);
    }
    if (entity && (reasons.size > 0 || own.length === 0)) for (const c of carried) reasons.add(`entity: ${c}`);
  });
  return [...reasons];
}
