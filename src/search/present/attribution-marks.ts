// When a paragraph matched only through its speaker ("…,” he added.), highlight the attribution that names them.
import type { AnalyzedToken } from '../../text';
import { wordsOfAllLanguages } from '../../text';

let lexicon: { verbs: Set<string>; referents: Set<string> } | null = null;
function loadLexicon(): { verbs: Set<string>; referents: Set<string> } {
  if (lexicon === null) {
    const roles = (field: string) => wordsOfAllLanguages('roles', field);
    lexicon = {
      verbs: new Set(wordsOfAllLanguages('speech', 'verbs').filter((v) => !v.includes(' '))),
      referents: new Set([
        ...roles('personPronouns'),
        ...roles('institutionPronouns'),
        ...roles('pluralPronouns'),
        ...roles('personRoles'),
        ...roles('institutionNouns'),
      ]),
    };
  }
  return lexicon;
}

/** Spans of say-verbs, each widened to the pronoun or role noun right before it ("he added", "the spokesman said"). */
export function attributionSpans(tokens: readonly AnalyzedToken[]): { start: number; end: number }[] {
  const { verbs, referents } = loadLexicon();
  const spans: { start: number; end: number }[] = [];
  tokens.forEach((t, i) => {
    if (!verbs.has(t.exact)) return;
    const prev = tokens[i - 1];
    const start = prev !== undefined && referents.has(prev.exact) ? prev.start : t.start;
    spans.push({ start, end: t.end });
  });
  return spans;
}
