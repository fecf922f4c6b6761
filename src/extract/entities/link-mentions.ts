// Document-level canonicalisation: fullest person names, surname-only mentions, and "the Syrian ministry"-style references.

import type { Mention } from '../../types';
import type { NameToken } from './name-tokens';
import { foldName } from '../../text/fold-name';
import { wordsOfAllLanguages } from '../../text';
import { sortByStart } from '../by-start';

export interface LinkContext {
  /** Tokens and current mentions of each paragraph, in reading order. */
  tokens: NameToken[][];
  mentions: Mention[][];
  texts: string[];
  /** Lower-cased demonyms ("syrian") → the capitalised form used at the start of canonical names ("Syrian"). */
  demonyms: Map<string, string>;
}

/** Rewrites NLP person names to the fullest name in the document sharing their surname (a known person's canonical first). */
export function canonicalisePeople(context: LinkContext): void {
  const bySurname = new Map<string, { canonical: string; words: number; gazetteer: boolean }>();
  for (const mention of context.mentions.flat()) {
    if (mention.kind !== 'person') continue;
    const words = foldName(mention.canonical).split(' ');
    const surname = words[words.length - 1]!;
    const current = bySurname.get(surname);
    const gazetteer = mention.origin === 'gazetteer';
    if (
      !current ||
      (gazetteer && !current.gazetteer) ||
      (gazetteer === current.gazetteer && words.length > current.words)
    ) {
      bySurname.set(surname, { canonical: mention.canonical, words: words.length, gazetteer });
    }
  }
  for (const mentions of context.mentions) {
    for (const mention of mentions) {
      if (mention.kind !== 'person' || mention.origin !== 'nlp') continue;
      const words = foldName(mention.canonical).split(' ');
      const best = bySurname.get(words[words.length - 1]!);
      if (best && sharesWords(best.canonical, words)) mention.canonical = best.canonical;
    }
  }
}

function sharesWords(fuller: string, words: string[]): boolean {
  const full = new Set(foldName(fuller).split(' '));
  return words.every((w) => full.has(w));
}

/** Adds person mentions for bare surnames ("Kirby said") of people named in full elsewhere in the document. */
export function linkSurnames(context: LinkContext): void {
  const surnames = new Map<string, string | null>();
  const origins = new Map<string, Mention['origin']>();
  for (const mention of context.mentions.flat()) {
    if (mention.kind !== 'person') continue;
    const words = foldName(mention.canonical).split(' ');
    if (words.length < 2) continue;
    if (mention.origin === 'gazetteer' || !origins.has(mention.canonical)) origins.set(mention.canonical, mention.origin);
    // "فرهاد شامي" → Farhad Shami: the surname as written counts too, for a script the canonical name is not in.
    const written = foldName(mention.surface).split(' ');
    for (const surname of new Set([words[words.length - 1]!, ...(written.length >= 2 ? [written[written.length - 1]!] : [])])) {
      const known = surnames.get(surname);
      // Two different people sharing a surname make the bare surname ambiguous.
      surnames.set(surname, known === undefined || known === mention.canonical ? mention.canonical : null);
    }
  }
  if (surnames.size === 0) return;
  context.tokens.forEach((tokens, p) => {
    const mentions = context.mentions[p]!;
    const covered = coveredTokens(tokens, mentions);
    tokens.forEach((token, i) => {
      if (covered[i]) return;
      // Arabic has no capitals: a surname written alone needs a say-verb beside it ("وأضاف شامي").
      const arabic = ARABIC_WORD.test(token.raw);
      if (arabic ? !besideSayVerb(tokens, i) : !token.capital || token.upper) return;
      const canonical = surnames.get(token.fold);
      if (!canonical) return;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // "Al-Hijri" at a sentence start: a capitalised article is no first name.
      if (prev && prev.capital && !prev.article && !covered[i - 1] && !token.breakBefore) return;
      if (next && next.capital && !covered[i + 1] && !next.breakBefore) return;
      mentions.push({
        canonical,
        kind: 'person',
        start: token.start,
        end: token.end,
        surface: token.raw,
        facet: 'actor',
        origin: origins.get(canonical) ?? 'gazetteer',
      });
    });
    sortByStart(mentions);
  });
}

const ARABIC_WORD = /^[\u0621-\u064a]+$/u;
let sayVerbs: ReadonlySet<string> | null = null;

/** A say-verb right before the word (Arabic puts the verb first) or right after it, in the same clause. */
function besideSayVerb(tokens: NameToken[], i: number): boolean {
  sayVerbs ??= new Set(wordsOfAllLanguages('speech', 'verbs').filter((v) => !v.includes(' ')));
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (previous !== undefined && !tokens[i]!.breakBefore && sayVerbs.has(previous.lower)) || (next !== undefined && !next.breakBefore && sayVerbs.has(next.lower));
}

/** Resolves "the Syrian ministry" to the Syrian ministry the document last named (or names next). */
export function resolveNominalMinistries(context: LinkContext): void {
  const ministries: { paragraph: number; start: number; canonical: string; kind: Mention['kind'] }[] = [];
  context.mentions.forEach((mentions, p) => {
    for (const m of mentions) {
      if (m.kind === 'organisation' && / Ministry\b/.test(m.canonical)) ministries.push({ paragraph: p, start: m.start, canonical: m.canonical, kind: m.kind });
    }
  });
  if (ministries.length === 0) return;
  context.tokens.forEach((tokens, p) => {
    const mentions = context.mentions[p]!;
    const covered = coveredTokens(tokens, mentions);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const adjective = tokens[i]!;
      const noun = tokens[i + 1]!;
      if (adjective.lower === 'the' && noun.lower === 'ministry' && !noun.capital && !covered[i + 1] && !noun.breakBefore) {
        // "the ministry" refers back to the ministry the document named, when it has named only one so far.
        const earlier = new Set(ministries.filter((m) => m.paragraph < p || (m.paragraph === p && m.start < noun.start)).map((m) => m.canonical));
        const only = earlier.size === 1 ? ministries.find((m) => earlier.has(m.canonical)) : undefined;
        if (only) {
          mentions.push({ canonical: only.canonical, kind: only.kind, start: noun.start, end: noun.end, surface: noun.raw, facet: 'actor', origin: 'gazetteer' });
        }
        continue;
      }
      if (covered[i] || covered[i + 1] || noun.breakBefore || noun.lower !== 'ministry' || !adjective.capital) continue;
      const prefix = context.demonyms.get(adjective.lower);
      if (!prefix) continue;
      const candidates = ministries.filter((m) => m.canonical.startsWith(`${prefix} `));
      if (candidates.length === 0) continue;
      const earlier = candidates.filter((m) => m.paragraph < p || (m.paragraph === p && m.start < adjective.start));
      const chosen = earlier.length > 0 ? earlier[earlier.length - 1]! : candidates[0]!;
      mentions.push({
        canonical: chosen.canonical,
        kind: chosen.kind,
        start: adjective.start,
        end: noun.end,
        surface: context.texts[p]!.slice(adjective.start, noun.end),
        facet: 'actor',
        origin: 'gazetteer',
      });
    }
    sortByStart(mentions);
  });
}

/** Marks tokens overlapped by any mention. */
export function coveredTokens(tokens: NameToken[], mentions: Mention[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) {
    // Tokens are in text order: find the first one ending after the mention starts, then walk while they overlap.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > m.start) hi = mid;
      else lo = mid + 1;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < m.end; i++) covered[i] = true;
  }
  return covered;
}
