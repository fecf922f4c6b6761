// Subject phrases of head-initial scripts (Arabic): the head noun opens the phrase ("رئاسة الأركان التركية", the
// presidency of the Turkish staff), the verb usually stands before it, and names the gazetteer lacks have no capitals.
import type { Mention } from '../../types';
import { candidateFromMention, candidateFromRecord, findRecentSpeaker } from './history';
import type { SpeakerCandidate } from './history';
import type { PhraseContext } from './subject';
import { ARTICLE, knownAsName, literal, mentionsIn, quotedName, quotedNameAfter, quotedRun, wordsIn } from './head-initial-words';
import { authorInSentence, beforeAside, isUndescribedBody, nameAfterNoun, sourceRelativeWords, unnamedOfficial, withoutGluedPreposition } from './head-initial-frames';
import type { Word } from './head-initial-words';

/** Letters of the Arabic script, whose subject phrases this module reads. */
const HEAD_INITIAL_LETTER = /[\u0600-\u06ff]/u;
/** Words a name of a person the gazetteer does not know may have (a given name and one to three more). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** A preposition fused to the article ("للتعاون", "بالقرب"). */
const FUSED_ARTICLE = /^(?:لل|بال|كال|فال|وال)/u;

/** Whether the phrase [start, end) is written in a head-initial script. */
export function isHeadInitialPhrase(text: string, start: number, end: number): boolean {
  return HEAD_INITIAL_LETTER.test(text.slice(start, end));
}

/**
 * The speaker a head-initial subject phrase names. A phrase before its verb (`side` "before") must end on a
 * named source; one after the verb is read from its head noun, and a phrase the gazetteer does not know becomes
 * the speaker as written (unknown institutions and people), since analysts search those in the article's script.
 */
export function resolveHeadInitialPhrase(start: number, end: number, side: 'before' | 'after', ctx: PhraseContext): SpeakerCandidate | null {
  const written = wordsIn(ctx.analysis, start, end);
  if (side === 'before') return resolveBeforeVerb(written, ctx);
  // "وفق ما أفاد به المرصد" (as the observatory reported it): the object's pronoun stands before the subject.
  // "بحسب ما ذكرته وكالة سانا" (according to what SANA reported): past "what" and its verb stands the source.
  let skip = ctx.afterSourcePhrase ? sourceRelativeWords(written, start, ctx) : 0;
  while (skip < written.length - 1 && ctx.lexicon.resumptivePronouns.has(written[skip]!.text)) skip++;
  // "المسؤول الروسي الذي تعد بلاده … مع الأسد": a relative clause describes the head; its names never speak.
  const all = beforeAside(withoutGluedPreposition(written.slice(skip), ctx), ctx);
  if (all.length === 1 && ctx.lexicon.inDocumentPronouns.has(all[0]!.text)) return authorInSentence(ctx);
  const stop = all.findIndex((w) => ctx.lexicon.phraseStops.has(w.text));
  const words = stop < 0 ? all : all.slice(0, stop);
  const head = words[0];
  if (!head) return null;
  const inside = (ws: Word[]) => mentionsIn(ctx.mentions, ws);
  const { lexicon } = ctx;
  const knownAs = knownAsName(words, ctx);
  if (knownAs) return knownAs;
  // "أعلنت المعارضة السورية المسلحة الإطاحة ب… الأسد": a collective heading the phrase is the subject, the person its object.
  const collective = collectiveHead(words, ctx);
  if (collective) return collective;
  const persons = inside(words).filter((m) => m.kind === 'person');
  if (persons[0]) return candidateFromMention(persons[0]);
  // "وأكدت قسيس": a surname alone names the person the document already named in full.
  const surname = words.length === 1 && inside(words).length === 0 ? resolveSurname(head, ctx) : null;
  if (surname) return surname;
  if (lexicon.correspondentNouns.has(head.text)) return resolveCorrespondent(all, words, ctx);
  if (lexicon.personRoles.has(head.text)) return resolveRoleHead(all, words, ctx);
  if (lexicon.documentNouns.has(head.text)) return nameAfterNoun(words, ctx) ?? resolveDocumentHead(head, ctx);
  // "وفقا للأمم المتحدة": a name glued to the preposition that closes a source phrase starts before the phrase.
  const atHead = ctx.mentions.find((m) => m.start <= head.start && m.end > head.start && m.end <= words.at(-1)!.end);
  if (atHead) return atHead.kind === 'place' || atHead.facet === 'location' ? null : candidateFromMention(atHead);
  if (lexicon.sourceNouns.has(head.text)) {
    // "مصادر في المعارضة السورية": the body the sources are in lies past the preposition that cut the phrase.
    const joined = all[words.length];
    const reach = joined && lexicon.voicePrepositions.has(joined.text) ? all : words;
    const institution = inside(reach).find((m) => m.kind !== 'person' && m.kind !== 'state' && m.kind !== 'place');
    if (institution) return candidateFromMention(institution, true);
    const body = reach === all ? all.slice(words.length + 1) : [];
    return body.length > 0 ? collectiveHead(body, ctx) : describedSourcesHead(words, ctx);
  }
  // "وقالت المصادر" (the sources said): the sources a paragraph before described.
  if (ARTICLE.test(head.text) && lexicon.describedSourceNouns.has(head.text.replace(ARTICLE, ''))) return sourcesReferredTo(head, ctx);
  if (lexicon.outletNouns.has(head.text)) {
    // وكالة "سانا" الرسمية: the outlet's own name follows its noun, before any adjective ("الرسمية", official);
    // صحيفة "الوطن" السورية: a quoted name may carry the article itself, and ends at its closing mark.
    // وكالة أنباء "الأناضول", وكالة الأنباء السورية الرسمية سانا: words of the outlet's kind come before its name.
    let from = 1;
    while (words[from] && lexicon.outletModifiers.has(words[from]!.text)) from++;
    // "وكالة الأنباء التابعة للنظام السوري "سانا"": the body after "التابعة" (affiliated to) owns the outlet.
    const owner = words.findIndex((w, i) => i >= from && lexicon.affiliationWords.has(w.text));
    const rest = words.slice(from, owner < 0 ? words.length : owner);
    const end = rest.findIndex((w) => ARTICLE.test(w.text));
    const own = (rest[0] ? quotedRun(rest, ctx.text ?? ctx.analysis) : null) ?? (end < 0 ? rest : rest.slice(0, end));
    // An outlet the gazetteer knows (وكالة سانا → SANA) keeps its canonical name, wherever the phrase names it.
    const isOutlet = (m: Mention) => m.kind !== 'place' && m.facet !== 'location' && m.kind !== 'state';
    const known = inside(own).find(isOutlet) ?? inside(rest).find((m) => isOutlet(m) && m.kind === 'organisation');
    if (known) return candidateFromMention(known);
    if (own.length > 0) return literal(ctx.analysis, own, false);
    if (owner >= 0) return quotedNameAfter(words[owner]!.end, words.at(-1)!.end, ctx);
  }
  // "وأشارت الإدارة" (the administration noted): a lone definite noun refers back to the body that spoke last.
  const bare = head.text.replace(ARTICLE, '');
  if (words.length === 1 && ARTICLE.test(head.text) && (lexicon.institutionNouns.has(head.text) || lexicon.outletNouns.has(bare))) {
    const record = findRecentSpeaker(ctx.history, (r) => !r.isPerson);
    if (record) return candidateFromRecord(record);
    // "وأظهر المرصد أن" with no body speaking yet: the body whose name opens on the noun ("المرصد السوري…").
    const named = ctx.seen.findLast((e) => e.mention.kind === 'organisation' && e.mention.surface.startsWith(`${head.text} `));
    return named ? candidateFromMention(named.mention) : null;
  }
  if (lexicon.institutionNouns.has(head.text) || lexicon.outletNouns.has(head.text)) {
    const named = nameAfterNoun(words, ctx);
    if (named !== undefined) return named;
    // A bare noun ("منظمة", an organisation), or one with adjectives only ("منظمة سورية محسوبة", a Syrian organisation
    // close to …), names no body: an unknown one is credited only with its name written.
    return isUndescribedBody(words, ctx) ? null : literal(ctx.analysis, words, false);
  }
  return unknownName(words, ctx) ?? leadingName(words, ctx) ?? nameBeforeRole(words, ctx);
}

/** "أعلن هادي البحرة، زعيم المعارضة" (Hadi al-Bahra, the opposition's leader): a name whose title follows a comma. */
function nameBeforeRole(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const last = words.at(-1);
  const title = last ? /^\s*[،,]\s*([\p{L}\p{M}]+)/u.exec(ctx.analysis.slice(last.end))?.[1] : undefined;
  return title !== undefined && ctx.lexicon.personRoles.has(title) ? unknownName(words, ctx, true) : null;
}

/** "محمد الجلالي رئيس حكومة …": a name no list holds, then its holder's title in apposition. */
function leadingName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  let end = 0;
  while (end < words.length && !isKnownWord(words[end]!.text, ctx) && !(end > 0 && ARTICLE.test(words[end - 1]!.text))) end++;
  const title = words[end];
  return title && ctx.lexicon.personRoles.has(title.text) ? unknownName(words.slice(0, end), ctx, true) : null;
}

/** Adjectives a described source may have ("مصادر محلية", "مصادر عسكرية ميدانية"). */
const MAX_SOURCE_ADJECTIVES = 2;
/** Paragraphs back "المصادر" may find the sources it refers to. */
const SOURCES_REACH = 3;
/** A preposition joined to its noun ("للوكالة", "بالمنطقة"): no adjective of the sources. */
const JOINED_PREPOSITION = /^(?:لل|بال|وال|ل|ب)/u;

/** "مصادر محلية" (local sources): sources with their indefinite adjectives, a collective voice as written. */
function describedSourcesHead(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const head = words[0]!;
  if (!ctx.lexicon.describedSourceNouns.has(head.text)) return null;
  const adjectives: Word[] = [];
  for (const word of words.slice(1, 1 + MAX_SOURCE_ADJECTIVES)) {
    if (ARTICLE.test(word.text) || JOINED_PREPOSITION.test(word.text) || isKnownWord(word.text, ctx) || /\p{N}/u.test(word.text)) break;
    adjectives.push(word);
  }
  if (adjectives.length === 0) return null;
  const candidate = literal(ctx.analysis, [head, ...adjectives], false);
  return candidate ? { ...candidate, collective: true } : null;
}

/** The described sources ("مصادر محلية") that a definite "المصادر" refers back to. */
function sourcesReferredTo(head: Word, ctx: PhraseContext): SpeakerCandidate | null {
  const noun = head.text.replace(ARTICLE, '');
  const paragraph = ctx.paragraph ?? 0;
  const record = ctx.history.findLast((r) => paragraph - r.paragraph <= SOURCES_REACH && r.canonical.startsWith(`${noun} `));
  return record ? { ...candidateFromRecord(record), collective: true } : null;
}

/** Words of a collective source with its modifiers ("وسائل إعلام سورية", "المعارضة السورية المسلحة"). */
const MAX_COLLECTIVE_WORDS = 3;

/** A collective noun (one or two words) opening the phrase, credited as written with its modifiers; null otherwise. */
function collectiveHead(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const { collectiveNouns } = ctx.lexicon;
  const two = words.length >= 2 && collectiveNouns.has(`${words[0]!.text} ${words[1]!.text}`) ? 2 : 0;
  const size = two || (collectiveNouns.has(words[0]!.text) ? 1 : 0);
  if (size === 0) return null;
  const phrase: Word[] = [];
  for (const word of words.slice(0, Math.max(size, MAX_COLLECTIVE_WORDS))) {
    if (ctx.mentions.some((m) => m.kind === 'person' && m.start <= word.start && m.end > word.start)) break;
    phrase.push(word);
  }
  const candidate = literal(ctx.analysis, phrase, false);
  return candidate ? { ...candidate, collective: true } : null;
}

/** The person, named earlier in full, whose surname (or last name word) is `word`. */
function resolveSurname(word: Word, ctx: PhraseContext): SpeakerCandidate | null {
  if (isKnownWord(word.text, ctx)) return null;
  const endsWith = (name: string) => name !== word.text && name.endsWith(` ${word.text}`);
  // "قال الجلالي" (al-Jalali said): a surname with its article only names a person the text named in full.
  if (ARTICLE.test(word.text)) {
    const named = ctx.seen.findLast((e) => e.mention.kind === 'person' && endsWith(e.mention.surface));
    return named ? candidateFromMention(named.mention) : null;
  }
  const record = findRecentSpeaker(ctx.history, (r) => r.isPerson && endsWith(r.canonical));
  if (record) return candidateFromRecord(record);
  for (let i = ctx.seen.length - 1; i >= 0; i--) {
    const { mention } = ctx.seen[i]!;
    if (mention.kind === 'person' && endsWith(mention.surface)) return candidateFromMention(mention);
  }
  for (let p = (ctx.paragraph ?? 0) - 1; p >= 0; p--) {
    const written = writtenFullName(ctx.texts?.[p] ?? '', word.text, ctx);
    if (written) return { canonical: written, isPerson: true, personLike: true, affiliations: [] };
  }
  return null;
}

/** "نائب رئيس الوزراء سابقا قدري جميل": the given name narration wrote before `surname`, with it; null when none. */
function writtenFullName(text: string, surname: string, ctx: PhraseContext): string | null {
  for (let at = text.lastIndexOf(` ${surname}`); at > 0; at = text.lastIndexOf(` ${surname}`, at - 1)) {
    if (/[\p{L}\p{M}]/u.test(text[at + surname.length + 1] ?? '')) continue;
    const given = /([\p{L}\p{M}]+)$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if (!given || ARTICLE.test(given) || isKnownWord(given, ctx) || ctx.lexicon.freeOrder.has(given)) continue;
    return `${given} ${surname}`;
  }
  return null;
}

/** "وزارة الخارجية الروسية قالت": only a source named right before the verb; any other words are narration. */
function resolveBeforeVerb(written: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  // "قوات سوريا الديمقراطية وهي تحالف … تدعمه الولايات المتحدة قالت": the subject stands before its aside.
  const all = beforeAside(written, ctx);
  // "وكان المرصد … قد أعلن" (the observatory had announced): the particle of the past perfect stands between.
  let count = all.length;
  while (count > 0 && ctx.lexicon.verbParticles.has(all[count - 1]!.text)) count--;
  const words = all.slice(0, count);
  const last = words.at(-1);
  if (!last) return null;
  const named = ctx.mentions.find((m) => m.end >= last.end - 1 && m.start <= last.start && m.kind !== 'place' && m.facet !== 'location');
  if (named) return candidateFromMention(named);
  // "لكن المنظمة قالت" (but the organisation said): a definite body noun before its verb is the body that spoke last,
  // unless it closes a construct ("رئيس المنظمة", the organisation's head).
  const before = words.at(-2);
  if (!ARTICLE.test(last.text) || !ctx.lexicon.institutionNouns.has(last.text) || (before && isKnownWord(before.text, ctx))) return null;
  const record = findRecentSpeaker(ctx.history, (r) => !r.isPerson);
  return record ? candidateFromRecord(record) : null;
}

/** "مراسلنا في إدلب بلال بيوش", "منسق الأمم المتحدة …، عمران رضا،", "المتحدث باسم الوزارة", "وزير الخارجية الروسي". */
function resolveRoleHead(all: Word[], words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const person = mentionsIn(ctx.mentions, all).find((m) => m.kind === 'person');
  if (person) return candidateFromMention(person);
  const body = memberOfBody(all, words, ctx);
  if (body) return body;
  // "مصدر عسكري سوري" (a Syrian military source): its adjectives name nobody.
  if (ctx.lexicon.anonymousRoles.has(words[0]!.text) && !ARTICLE.test(words[0]!.text)) return null;
  const unnamed = unnamedOfficial(words, ctx);
  if (unnamed !== undefined) return unnamed;
  const named = trailingName(all, words, ctx) ?? appositionName(all.at(-1)?.end ?? 0, ctx);
  if (named) return named;
  const institution = mentionsIn(ctx.mentions, words).find((m) => m.kind !== 'person' && m.kind !== 'place' && m.facet !== 'location' && m.kind !== 'state');
  // A definite role ("وزير الخارجية الروسي", the Russian foreign minister) refers back to the latest person who spoke;
  // "المصدر" (the source), never named, refers to nobody.
  if (ARTICLE.test(words[0]!.text) && !ctx.lexicon.anonymousRoles.has(words[0]!.text)) {
    const record = findRecentSpeaker(
      ctx.history,
      (r) => r.personLike && (!institution || r.canonical === institution.canonical || r.affiliations.includes(institution.canonical)),
    );
    if (record) return candidateFromRecord(record);
  }
  return institution ? candidateFromMention(institution, true) : null;
}

/**
 * A correspondent reports for an outlet: the one named right after the noun (مراسل "نداء بوست"), or, for "المراسل" and
 * "مراسلنا" (our correspondent), the outlet an earlier correspondent was credited to, else the page's own outlet. A
 * reporter the phrase names ("مراسلنا في حمص سامر خليل") is the speaker, as any named holder of a role is.
 */
function resolveCorrespondent(all: Word[], words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const tail = all.slice(words.length);
  const person =
    mentionsIn(ctx.mentions, all).find((m) => m.kind === 'person') ??
    (tail.length > 0 ? trailingName(all, tail, ctx) : null) ??
    appositionName(all.at(-1)?.end ?? 0, ctx);
  if (person) return 'kind' in person ? candidateFromMention(person) : person;
  const head = words[0]!;
  const own = ctx.lexicon.ownCorrespondentNouns.has(head.text);
  const rest = words.slice(1);
  const outlet = own || rest.length === 0 ? undefined : mentionsIn(ctx.mentions, rest).find((m) => m.kind === 'organisation');
  const named = outlet ? candidateFromMention(outlet) : own || rest.length === 0 ? null : quotedName(rest, ctx);
  if (named) return { ...named, correspondent: true };
  // "وقال مراسل" (a correspondent said) with no outlet: nobody the text names.
  if (!own && !ARTICLE.test(head.text)) return null;
  const earlier = findRecentSpeaker(ctx.history, (r) => r.correspondent === true);
  if (earlier) return { ...candidateFromRecord(earlier), correspondent: true };
  return ctx.documentOutlet ? { canonical: ctx.documentOutlet, isPerson: false, personLike: false, affiliations: [], correspondent: true } : null;
}

/** "ضابط في الجيش السوري" (an officer in the Syrian army), "مصدر في وزارة الدفاع": an unnamed member speaks for the body. */
function memberOfBody(all: Word[], words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const joined = all[words.length];
  if (words.length !== 1 || ARTICLE.test(words[0]!.text) || !joined || !ctx.lexicon.voicePrepositions.has(joined.text)) return null;
  const next = all[words.length + 1];
  const body = next && ctx.mentions.find((m) => m.start <= next.start && m.end > next.start);
  return body && (body.kind === 'organisation' || body.kind === 'armed_group') ? candidateFromMention(body, true) : null;
}

/** "البيان" (the statement) speaks for whoever issued it, or the latest speaker; "بيان" (a statement) names nobody. */
function resolveDocumentHead(head: Word, ctx: PhraseContext): SpeakerCandidate | null {
  if (!ARTICLE.test(head.text)) return null;
  const issuer = ctx.issuers?.get(head.text.replace(ARTICLE, '')) ?? ctx.issuers?.get(head.text);
  if (issuer) return issuer;
  const record = ctx.history.at(-1);
  return record ? candidateFromRecord(record) : null;
}

/**
 * The unknown name closing a role phrase: the words after the last definite one ("رئيس وفد المعارضة نصر الحريري",
 * whose surname alone may carry the article), or after the phrase's last mention ("مراسلنا في إدلب بلال بيوش").
 */
function trailingName(all: Word[], words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  if (mentionsIn(ctx.mentions, words).length === 0) {
    let from = words.length - 1;
    while (from > 0 && !ARTICLE.test(words[from - 1]!.text) && !isKnownWord(words[from - 1]!.text, ctx)) from--;
    const named = from > 0 ? unknownName(words.slice(from), ctx, true) : null;
    if (named) return named;
  }
  // "… في قوات سوريا الديموقراطية ناصر حاج منصور لفرانس برس": the name after a mention, before the next one.
  const inside = mentionsIn(ctx.mentions, all);
  for (let i = inside.length - 1; i >= 0; i--) {
    const next = inside[i + 1];
    const gap = all.filter((w) => w.start >= inside[i]!.end && (!next || w.end <= next.start));
    const named = gap.length > 0 ? unknownName(withoutAddressee(gap), ctx) : null;
    if (named) return named;
  }
  return null;
}

/** "ناصر حاج منصور لفرانس برس": a name ends where the addressee its speaker told, joined to "ل" (to), begins. */
function withoutAddressee(words: Word[]): Word[] {
  const at = words.findIndex((w, i) => i >= MIN_NAME_WORDS && /^ل/u.test(w.text));
  return at < 0 ? words : words.slice(0, at);
}

/** A name in apposition after the phrase's comma: "منسق الأمم المتحدة في سوريا، عمران رضا،". */
function appositionName(from: number, ctx: PhraseContext): SpeakerCandidate | null {
  const rest = ctx.analysis.slice(from);
  const open = /^\s*[،,]\s*/u.exec(rest);
  if (!open) return null;
  const close = rest.slice(open[0].length).search(/[،,.؛:"]/u);
  if (close < 0) return null;
  const start = from + open[0].length;
  // "وزير الخارجية الروسي، سيرغي لافروف،": a person the gazetteer knows, or a name as written.
  const person = ctx.mentions.find((m) => m.kind === 'person' && m.start >= start && m.end <= start + close);
  if (person) return candidateFromMention(person);
  return unknownName(wordsIn(ctx.analysis, start, start + close), ctx);
}

/** Two to four words that no list knows and none opening on the article: a person's name as written. */
function unknownName(words: Word[], ctx: PhraseContext, articledSurname = false): SpeakerCandidate | null {
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
  if (mentionsIn(ctx.mentions, words).length > 0) return null;
  const article = (w: Word, i: number) => ARTICLE.test(w.text) && !(articledSurname && i === words.length - 1);
  // "استعداده للتعاون": a word with a preposition fused to its article ("لل", "بال") is no part of a name.
  if (words.some((w, i) => article(w, i) || isKnownWord(w.text, ctx) || /\p{N}/u.test(w.text) || FUSED_ARTICLE.test(w.text))) return null;
  return literal(ctx.analysis, words, true);
}

/** A word of the lists (a role, an institution, a pronoun…): no part of a name nobody listed. */
function isKnownWord(w: string, ctx: PhraseContext): boolean {
  const { lexicon } = ctx;
  return (
    lexicon.personRoles.has(w) ||
    lexicon.institutionNouns.has(w) ||
    lexicon.documentNouns.has(w) ||
    lexicon.sourceNouns.has(w) ||
    lexicon.unnamedPersonNouns.has(w) ||
    lexicon.phraseStops.has(w) ||
    lexicon.personPronouns.has(w) ||
    lexicon.functionWords.has(w)
  );
}
