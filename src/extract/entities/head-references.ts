// "The Observatory said…", «в Центре отметили», "وأوضح المرصد": a definite head noun referring back to the one
// institution or armed group the document has named with that noun among the words of its names.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../types';
import { foldName, hasArabicArticle } from '../../text/fold-name';
import { defaultGazetteerOptions, GazetteerError, type Gazetteer } from './gazetteer';
import { coveredTokens, type LinkContext } from './link-mentions';
import { inStartOrder, sortByStart } from '../by-start';

export interface HeadNouns {
  heads: string[];
  /** What a head refers to when the document has named no body with it ("the army" → Syrian Arab Army). */
  defaults: { heads: string[]; canonical: string; stateForcesOnly?: boolean }[];
}

/** Reads `data/head-references.json`: head nouns per language, and the defaults of some. */
export function loadHeadNouns(dir: string = defaultGazetteerOptions.dir): HeadNouns {
  const parsed = JSON.parse(readFileSync(join(dir, 'head-references.json'), 'utf8')) as { heads?: unknown; defaults?: unknown };
  const heads = parsed.heads;
  if (typeof heads !== 'object' || heads === null || Array.isArray(heads)) throw new GazetteerError(['head-references.json: "heads" must map languages to words']);
  const words = Object.values(heads).flat() as unknown[];
  const isWord = (w: unknown) => typeof w === 'string' && foldName(w) !== '';
  if (!words.every(isWord)) throw new GazetteerError(['head-references.json: every head must be a word']);
  const defaults = parsed.defaults ?? [];
  const valid =
    Array.isArray(defaults) &&
    defaults.every((d: { heads?: unknown; canonical?: unknown }) => Array.isArray(d.heads) && d.heads.every(isWord) && typeof d.canonical === 'string');
  if (!valid) throw new GazetteerError(['head-references.json: "defaults" must be a list of {heads, canonical}']);
  return { heads: words as string[], defaults: defaults as HeadNouns['defaults'] };
}

const REFERRING_KINDS: ReadonlySet<Mention['kind']> = new Set(['organisation', 'armed_group']);

/** Builds the resolver once per gazetteer; it adds a mention for each head noun that refers back unambiguously. */
export function createHeadReferenceResolver(gazetteer: Gazetteer, nouns: HeadNouns): (context: LinkContext) => void {
  const headFolds = new Set(nouns.heads.map(foldName));
  const defaults = new Map<string, Mention>();
  /** Heads only a state's forces answer to ("the army"), and those forces. */
  const forcesOnly = new Set<string>();
  const stateForces = new Set(gazetteer.forceNames?.states.flatMap((s) => [s.forces, ...(s.air ? [s.air] : [])]) ?? []);
  for (const d of nouns.defaults) {
    if (d.stateForcesOnly === true) for (const h of d.heads) forcesOnly.add(foldName(h));
    const entry = gazetteer.byCanonical.get(d.canonical);
    if (!entry || !REFERRING_KINDS.has(entry.kind)) throw new GazetteerError([`head-references.json: default "${d.canonical}" names no institution or armed group`]);
    const facet: Mention['facet'] = entry.kind === 'armed_group' ? 'group' : 'actor';
    for (const h of d.heads) defaults.set(foldName(h), { canonical: entry.canonical, kind: entry.kind, facet, origin: 'gazetteer', start: 0, end: 0, surface: '' });
  }
  const wordsOf = new Map<string, Set<string>>();
  /** Folded words of every name of an entity (its canonical alone when the gazetteer does not hold it). */
  function words(canonical: string): Set<string> {
    let set = wordsOf.get(canonical);
    if (!set) {
      const entry = gazetteer.byCanonical.get(canonical);
      set = new Set([canonical, ...(entry?.aliases ?? [])].flatMap((a) => foldName(a).split(' ')));
      wordsOf.set(canonical, set);
    }
    return set;
  }

  return (context) => {
    const named: { canonical: string; kind: Mention['kind']; facet: Mention['facet']; origin: Mention['origin'] }[] = [];
    const indefinite = new Set<string>();
    context.tokens.forEach((tokens, p) => {
      const mentions = context.mentions[p]!;
      const covered = coveredTokens(tokens, mentions);
      const added: Mention[] = [];
      let next = 0;
      const ordered = inStartOrder(mentions);
      tokens.forEach((token, i) => {
        while (next < ordered.length && ordered[next]!.end <= token.start) {
          const m = ordered[next++]!;
          if (REFERRING_KINDS.has(m.kind)) named.push({ canonical: m.canonical, kind: m.kind, facet: m.facet, origin: m.origin });
        }
        if (covered[i] || !headFolds.has(token.fold) || covered[i + 1] === true) return;
        // "a coalition of factions … left the coalition": the definite head takes up the indefinite one, no default.
        if (!isDefinite(tokens, i)) {
          indefinite.add(token.fold);
          return;
        }
        const fits = (canonical: string) => words(canonical).has(token.fold) && (!forcesOnly.has(token.fold) || stateForces.has(canonical));
        const candidates = new Set(named.filter((n) => fits(n.canonical)).map((n) => n.canonical));
        const fallback = candidates.size === 0 && !indefinite.has(token.fold) ? defaults.get(token.fold) : undefined;
        const referent = candidates.size === 1 ? named.find((n) => candidates.has(n.canonical)) : fallback;
        if (referent) added.push({ ...referent, start: token.start, end: token.end, surface: token.raw });
      });
      for (const m of ordered.slice(next)) if (REFERRING_KINDS.has(m.kind)) named.push({ canonical: m.canonical, kind: m.kind, facet: m.facet, origin: m.origin });
      if (added.length === 0) return;
      mentions.push(...added);
      sortByStart(mentions);
    });
  };
}

/**
 * A head that names something definite: "the Observatory", "to Observatory director" (capitalised), "المرصد" (with
 * its article); Russian has no article, so any form counts.
 */
function isDefinite(tokens: LinkContext['tokens'][number], i: number): boolean {
  const token = tokens[i]!;
  const code = token.raw.charCodeAt(0);
  if (code >= 0x600 && code <= 0x6ff) return hasArabicArticle(token.raw);
  if (code >= 0x400 && code <= 0x4ff) return true;
  const previous = tokens[i - 1];
  if (previous === undefined || token.breakBefore) return false;
  // "the Observatory", or "Observatory director" after a lower-case word; not "National Army", the tail of a longer name.
  return previous.lower === 'the' || (token.capital && !previous.capital);
}
