// Values for registry facets fed by entity kinds the built-in extraction does not know (a `weapon` facet and its gazetteer).
import { z } from 'zod';
import type { FacetDeclaration, FacetRegistry } from '../../facets/registry';
import { foldName, NAME_WORD_RE } from '../../text';

/** The paragraph fields the built-in extraction fills itself (speaker attribution, entity roles). */
const BUILT_IN_FIELDS = new Set(['speaker', 'actors', 'locations', 'groups']);

const entitySchema = z.object({
  canonical: z.string().min(1),
  kind: z.string().min(1),
  aliases: z.array(z.string().min(1)),
});

export type FacetEntity = z.infer<typeof entitySchema>;

/** Finds, per registry facet field, the canonical values a paragraph mentions. */
export type RegistryFacetFinder = (text: string) => Record<string, string[]>;

/** Validates extra entities (every problem named by entry and field), keeping those a registry facet takes. */
export function parseFacetEntities(raw: readonly unknown[], registry: FacetRegistry, source = 'extra entities'): FacetEntity[] {
  return raw.map((entry, i) => {
    const parsed = entitySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${source} entry ${i}: field '${issue.path.join('.')}': ${issue.message}`);
    }
    if (registry.byEntityKind(parsed.data.kind) === undefined) {
      throw new Error(`${source} entry ${i} (${parsed.data.canonical}): no registry facet takes kind '${parsed.data.kind}'`);
    }
    return parsed.data;
  });
}

/**
 * A finder for the registry facets that no built-in extractor fills: their entity kinds' names and aliases are
 * matched as whole words after name folding (case, diacritics, articles, declension), like the gazetteer's.
 * Returns null when the registry has no such facet, so extraction costs nothing extra by default.
 */
export function createRegistryFacetFinder(registry: FacetRegistry, entities: readonly FacetEntity[]): RegistryFacetFinder | null {
  const facets = registry.paragraphLevel.filter((f) => !BUILT_IN_FIELDS.has(f.field) && f.entityKinds.length > 0);
  if (facets.length === 0) return null;
  const byKey = new Map<string, { canonical: string; facet: FacetDeclaration }>();
  let longest = 1;
  for (const e of entities) {
    const facet = facets.find((f) => f.entityKinds.includes(e.kind));
    if (facet === undefined) continue;
    for (const alias of [e.canonical, ...e.aliases]) {
      const key = foldName(alias);
      if (key === '') continue;
      byKey.set(key, { canonical: e.canonical, facet });
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  return (text) => {
    const words = [...text.matchAll(NAME_WORD_RE)].map((m) => foldName(m[0])).filter((w) => w !== '');
    const found: Record<string, string[]> = Object.fromEntries(facets.map((f) => [f.field, []]));
    for (let i = 0; i < words.length; i++) {
      // Longest alias first, so "Grad rockets" wins over "Grad".
      for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
        const hit = byKey.get(words.slice(i, i + n).join(' '));
        if (hit === undefined) continue;
        const values = found[hit.facet.field]!;
        if (!values.includes(hit.canonical)) values.push(hit.canonical);
        i += n - 1;
        break;
      }
    }
    return found;
  };
}
