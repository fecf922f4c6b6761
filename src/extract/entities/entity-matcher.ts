// Finds gazetteer aliases in text: a trie over folded word sequences, longest match wins, one pass per paragraph.

import type { EntityKind } from '../../types';
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import { foldToken, hasArabicArticle, isArticle } from '../../text/fold-name';
import { tokenizeNames, type NameToken } from './name-tokens';

export { foldName } from '../../text/fold-name';

/** A gazetteer alias found in a paragraph; token indexes refer to `tokenizeNames(text)`. */
export interface AliasMatch {
  entry: GazetteerEntry;
  /** Index of the first and one past the last token covered (a leading article included). */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  surface: string;
}

export interface EntityMatcher {
  /** Longest non-overlapping alias matches, left to right. */
  matchTokens(text: string, tokens: NameToken[]): AliasMatch[];
  match(text: string): AliasMatch[];
}

/** Case a text word must have to match an alias word. */
type CaseRule = 'any' | 'capital' | 'upper';

interface AliasRecord {
  entry: GazetteerEntry;
  rules: CaseRule[];
  /** "al-Bab": a one-word name written with an article must keep it, or "Bab"/"Tal" alone would match. */
  needsArticle: boolean;
  /**
   * "سورية" (Syria): a one-word Arabic name written without the article does not match a word that carries it
   * ("السورية" is the adjective "Syrian", folded to the same letters).
   */
  refusesArticle: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  records: AliasRecord[];
}

/** When two entities of different kinds share a folded alias, the earlier kind wins. */
const KIND_PRIORITY: readonly EntityKind[] = ['armed_group', 'organisation', 'person', 'state', 'place'];

const ARABIC_LETTER = /[\u0600-\u06ff]/u;

/** Acronyms this short collide with common words ("US"/"us", "IS"/"is"), so their case must match. */
const MAX_CASE_SENSITIVE_ACRONYM = 3;

/** Builds the matcher once per gazetteer; `blockers` are phrases that contain an alias but name nothing ("Operation Olive Branch"). */
export function createEntityMatcher(gazetteer: Gazetteer, blockers: string[] = []): EntityMatcher {
  const root: TrieNode = { children: new Map(), records: [] };
  const blocker: GazetteerEntry = { canonical: '', kind: 'place', aliases: blockers };
  for (const entry of [...gazetteer.entries, ...(gazetteer.cuedTwins ?? []), blocker]) {
    const seen = new Set<string>();
    for (const alias of entry === blocker ? blockers : [entry.canonical, ...entry.aliases]) {
      const { words, leadingArticle } = aliasWords(alias);
      if (words.length === 0) continue;
      const needsArticle = leadingArticle && words.length === 1;
      const refusesArticle = words.length === 1 && ARABIC_LETTER.test(alias) && !hasArabicArticle(alias.trim());
      const key = `${needsArticle}|${refusesArticle}|${words.map((w) => `${w.fold}:${w.rule}`).join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let node = root;
      for (const w of words) {
        let child = node.children.get(w.fold);
        if (!child) {
          child = { children: new Map(), records: [] };
          node.children.set(w.fold, child);
        }
        node = child;
      }
      node.records.push({ entry, rules: words.map((w) => w.rule), needsArticle, refusesArticle });
    }
  }
  sortRecords(root, blocker);

  function matchTokens(text: string, tokens: NameToken[]): AliasMatch[] {
    const matches: AliasMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const first = tokens[i]!;
      if (first.article) {
        i++;
        continue;
      }
      let node = childFor(root, first);
      // Most words start no alias: they cost one lookup and nothing allocated.
      if (node === undefined) {
        i++;
        continue;
      }
      const hasArticle = i > 0 && tokens[i - 1]!.article && !first.breakBefore;
      let best: { record: AliasRecord; last: number } | null = null;
      const path: number[] = [i];
      let j = i;
      while (node) {
        const record = firstFitting(node.records, path, tokens, hasArticle);
        if (record) best = { record, last: j };
        let next = j + 1;
        let crossedBreak = false;
        while (next < tokens.length && tokens[next]!.article) {
          if (tokens[next]!.breakBefore) crossedBreak = true;
          next++;
        }
        if (next >= tokens.length || crossedBreak || tokens[next]!.breakBefore) break;
        node = childFor(node, tokens[next]!);
        path.push(next);
        j = next;
      }
      if (!best) {
        i++;
        continue;
      }
      let firstToken = i;
      const before = tokens[i - 1];
      if (before && before.article && !tokens[i]!.breakBefore) firstToken = i - 1;
      const lastToken = tokens[best.last]!;
      const start = tokens[firstToken]!.start;
      if (best.record.entry !== blocker) matches.push({
        entry: best.record.entry,
        firstToken,
        endToken: best.last + 1,
        start,
        end: lastToken.end,
        surface: text.slice(start, lastToken.end),
      });
      i = best.last + 1;
    }
    return matches;
  }

  return {
    matchTokens,
    match: (text) => matchTokens(text, tokenizeNames(text)),
  };
}

/** The first record (they are in priority order) whose case rules and article needs the words on `path` meet. */
function firstFitting(records: AliasRecord[], path: number[], tokens: NameToken[], hasArticle: boolean): AliasRecord | undefined {
  for (const r of records) {
    if (fitsCase(r.rules, path, tokens) && (!r.needsArticle || hasArticle) && !(r.refusesArticle && hasArabicArticle(tokens[path[0]!]!.raw))) return r;
  }
  return undefined;
}

/** The trie child for a token: its fold, else (Arabic) its fold without a glued proclitic. */
function childFor(node: TrieNode, token: NameToken): TrieNode | undefined {
  const child = node.children.get(token.fold);
  return child === undefined && token.altFold !== undefined ? node.children.get(token.altFold) : child;
}

function fitsCase(rules: CaseRule[], path: number[], tokens: NameToken[]): boolean {
  if (rules.length !== path.length) return false;
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k]!;
    const token = tokens[path[k]!]!;
    if (rule === 'upper' && (!token.upper || (rules.length === 1 && isShouted(tokens, path[k]!)))) return false;
    if (rule === 'capital' && !token.capital) return false;
  }
  return true;
}

/** In all-caps text ("WHAT IS HAPPENING") a short acronym is indistinguishable from a word. */
function isShouted(tokens: NameToken[], i: number): boolean {
  // "PKK/PYD/YPG": acronyms joined by slashes are a list of names, not shouting.
  if (tokens[i]!.sepBefore === '/' || tokens[i + 1]?.sepBefore === '/') return false;
  let loud = 0;
  for (const t of [tokens[i - 2], tokens[i - 1], tokens[i + 1], tokens[i + 2]]) {
    if (t !== undefined && t.upper && t.raw.replace(/[^\p{L}]/gu, '').length >= 2) loud++;
  }
  return loud >= 2;
}

/** A Cyrillic institution's name with a lower-case word in it: Russian writes its first word lower-case mid-sentence too («в министерстве обороны России»). */
const CYRILLIC_DESCRIPTIVE = /^[\u0400-\u04ff][^ ]*(?: [^ ]+)*? [а-яё]/u;

function aliasWords(alias: string): { words: { fold: string; rule: CaseRule }[]; leadingArticle: boolean } {
  const words: { fold: string; rule: CaseRule }[] = [];
  let leadingArticle = false;
  const descriptive = CYRILLIC_DESCRIPTIVE.test(alias);
  for (const token of tokenizeNames(alias)) {
    if (token.article) {
      if (words.length === 0) leadingArticle = true;
      continue;
    }
    if (token.fold === '') continue;
    const letters = token.raw.replace(/[^\p{L}]/gu, '');
    let rule: CaseRule = 'any';
    if (token.upper && letters.length >= 2 && letters.length <= MAX_CASE_SENSITIVE_ACRONYM) rule = 'upper';
    else if (words.length === 0 && token.capital && !descriptive) rule = 'capital';
    words.push({ fold: token.fold, rule });
  }
  return { words, leadingArticle };
}

function sortRecords(node: TrieNode, blocker: GazetteerEntry): void {
  const rank = (r: AliasRecord) => (r.entry === blocker ? -1 : KIND_PRIORITY.indexOf(r.entry.kind));
  node.records.sort((a, b) => rank(a) - rank(b) || strictness(b) - strictness(a));
  for (const child of node.children.values()) sortRecords(child, blocker);
}

function strictness(record: AliasRecord): number {
  return record.rules.filter((r) => r !== 'any').length;
}

/** Exposed for callers that fold single words the same way the matcher does. */
export { foldToken, isArticle };
