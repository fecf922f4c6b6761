// "The Observatory said…", «в Центре отметили», "وأوضح المرصد": a definite head noun referring back to the one
// institution or armed group the document has named with that noun among the words of its names.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../types';
import { foldName, hasArabicArticle } from '../../text/fold-name';
import { defaultGazetteerOptions, GazetteerError, type Gazetteer } from './gazetteer';
import { coveredTokens, type LinkContext } from './link-mentions';

/** Reads `data/head-references.json`: head nouns per language. */
export function loadHeadNouns(dir: string = defaultGazetteerOptions.dir): string[] {
  const parsed = JSON.parse(readFileSync(join(dir, 'head-references.json'), 'utf8')) as { heads?: unknown };
  const heads = parsed.heads;
  if (typeof heads !== 'object' || heads === null || Array.isArray(heads)) throw new GazetteerError(['head-references.json: "heads" must map languages to words']);
  const words = Object.values(heads).flat() as unknown[];
  if (words.some((w) => typeof w !== 'string' || foldName(w) === '')) throw new GazetteerError(['head-references.json: every head must be a word']);
  return words as string[];
}

const REFERRING_KINDS: ReadonlySet<Mention['kind']> = new Set(['organisation', 'armed_group']);

/** Builds the resolver once per gazetteer; it adds a mention for each head noun that refers back unambiguously. */
export function createHeadReferenceResolver(gazetteer: Gazetteer, heads: string[]): (context: LinkContext) => void {
  const headFolds = new Set(heads.map(foldName));
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
    context.tokens.forEach((tokens, p) => {
      const mentions = context.mentions[p]!;
      const covered = coveredTokens(tokens, mentions);
      const added: Mention[] = [];
      let next = 0;
      const ordered = [...mentions].sort((a, b) => a.start - b.start);
      tokens.forEach((token, i) => {
        while (next < ordered.length && ordered[next]!.end <= token.start) {
          const m = ordered[next++]!;
          if (REFERRING_KINDS.has(m.kind)) named.push({ canonical: m.canonical, kind: m.kind, facet: m.facet, origin: m.origin });
        }
        if (covered[i] || !headFolds.has(token.fold) || !isDefinite(tokens, i)) return;
        const candidates = new Set(named.filter((n) => words(n.canonical).has(token.fold)).map((n) => n.canonical));
        if (candidates.size !== 1) return;
        const referent = named.find((n) => candidates.has(n.canonical))!;
        added.push({ ...referent, start: token.start, end: token.end, surface: token.raw });
      });
      for (const m of ordered.slice(next)) if (REFERRING_KINDS.has(m.kind)) named.push({ canonical: m.canonical, kind: m.kind, facet: m.facet, origin: m.origin });
      if (added.length === 0) return;
      mentions.push(...added);
      mentions.sort((a, b) => a.start - b.start);
    });
  };
}

/**
 * A head that names something definite: "the Observatory", "Observatory director" (capitalised), "المرصد" (with its
 * article); Russian has no article, so any form counts.
 */
function isDefinite(tokens: LinkContext['tokens'][number], i: number): boolean {
  const token = tokens[i]!;
  const code = token.raw.charCodeAt(0);
  if (code >= 0x600 && code <= 0x6ff) return hasArabicArticle(token.raw);
  if (code >= 0x400 && code <= 0x4ff) return true;
  const previous = tokens[i - 1];
  return (previous !== undefined && previous.lower === 'the' && !token.breakBefore) || (token.capital && i > 0 && !token.breakBefore);
}
