// Turns a document's paragraphs into facets: entity mentions (gazetteer + NLP), speaker and dates.

import type { DocumentMeta, Mention, ParagraphFacets } from '../types';
import { loadGazetteer, loadNotEntities, type Gazetteer, type GazetteerOptions } from './entities/gazetteer';
import { createEntityMatcher, type AliasMatch, type EntityMatcher } from './entities/entity-matcher';
import { createForceCoordinator } from './entities/force-names';
import { createLoyalForceFinder } from './entities/loyal-forces';
import { createPlaceCueFilter, loadPlaceCues } from './entities/place-cues';
import { createHeadReferenceResolver, loadHeadNouns } from './entities/head-references';
import { foldName } from '../text/fold-name';
import { createFacetAssigner } from './entities/facet-roles';
import { createNameFinder, type FoundName } from './entities/name-finder';
import { tokenizeNames, type NameToken } from './entities/name-tokens';
import { canonicalisePeople, coveredTokens, linkSurnames, resolveNominalMinistries, type LinkContext } from './entities/link-mentions';
import { createNameVariantResolver, loadNameVariantRules } from './entities/name-variants';
import { arabicNisbaForms } from './speaker/arabic-demonyms';
import { extractDates } from './dates/dates';
import { findDatelineEnd } from './dates/dateline';
import { attributeSpeakerVoices } from './speaker/attribute-speakers';
import { createRegistryFacetFinder, parseFacetEntities } from './entities/registry-facets';
import { facetRegistry } from '../facets/registry';
import type { FacetRegistry } from '../facets/registry';
import { createSpeakerConsolidator } from './speaker/consolidation';
import { isDescribedSources } from './speaker/written-source';
import { titleVoice } from './speaker/document-voice';
import { loadSpeakerLexicon } from './speaker/lexicon';
import { inStartOrder, sortByStart } from './by-start';
import { buildStateBodies } from './speaker/state-bodies';

export interface ExtractorOptions {
  /** Find entities the gazetteer does not know with heuristics and compromise's tagger. */
  nlp: boolean;
  gazetteer: Partial<GazetteerOptions>;
  /** The facet kinds to fill: a registry facet fed by an entity kind the built-in rules do not know gets its values from `facetEntities`. */
  facets: FacetRegistry;
  /** Entities of those extra kinds (`{canonical, kind, aliases}`), validated against `facets`. */
  facetEntities: unknown[];
}

export const defaultExtractorOptions: ExtractorOptions = { nlp: true, gazetteer: {}, facets: facetRegistry, facetEntities: [] };

export interface Extractor {
  gazetteer: Gazetteer;
  /** Mentions per paragraph, canonicalised across the document. */
  findDocumentMentions(paragraphs: string[]): Mention[][];
  extractDocument(meta: DocumentMeta, paragraphs: string[]): ParagraphFacets[];
}

const FACET_OF_KIND: Record<FoundName['kind'], Mention['facet']> = {
  person: 'actor',
  organisation: 'actor',
  armed_group: 'group',
  place: 'location',
};

/** Loads the gazetteer and builds the matchers once; the returned extractor is reused for every document. */
export function createExtractor(options: Partial<ExtractorOptions> = {}): Extractor {
  const resolved: ExtractorOptions = {
    nlp: options.nlp ?? defaultExtractorOptions.nlp,
    gazetteer: { ...defaultExtractorOptions.gazetteer, ...options.gazetteer },
    facets: options.facets ?? defaultExtractorOptions.facets,
    facetEntities: options.facetEntities ?? defaultExtractorOptions.facetEntities,
  };
  const findRegistryFacets = createRegistryFacetFinder(resolved.facets, parseFacetEntities(resolved.facetEntities, resolved.facets));
  const gazetteer = loadGazetteer(resolved.gazetteer);
  const matcher = createEntityMatcher(gazetteer, [...loadNotEntities(), ...(gazetteer.blockers ?? [])]);
  const keepCuedPlaces = createPlaceCueFilter(loadPlaceCues());
  const resolveHeadReferences = createHeadReferenceResolver(gazetteer, loadHeadNouns());
  const forces = gazetteer.forceNames ? createForceCoordinator(gazetteer.forceNames, gazetteer) : null;
  const findLoyalForces = gazetteer.forceNames ? createLoyalForceFinder(gazetteer.forceNames, gazetteer) : null;
  const personWords = new Set(gazetteer.entries.filter((e) => e.kind === 'person').flatMap((e) => [e.canonical, ...e.aliases].flatMap((a) => foldName(a).split(' '))));
  const assigner = createFacetAssigner(gazetteer);
  const consolidateSpeakers = createSpeakerConsolidator(gazetteer);
  const resolveNameVariants = createNameVariantResolver(gazetteer, loadNameVariantRules());
  const demonyms = new Map<string, string>();
  const stateOfDemonym = new Map<string, string>();
  for (const entry of gazetteer.entries) {
    for (const d of entry.demonyms ?? []) {
      demonyms.set(d.toLowerCase(), d);
      if (entry.kind === 'state') stateOfDemonym.set(d.toLowerCase(), entry.canonical);
    }
    // "مسؤول أمني تركي" (a Turkish security official): Arabic nationality adjectives come from the state's names.
    if (entry.kind === 'state') for (const alias of entry.aliases) for (const nisba of arabicNisbaForms(alias)) stateOfDemonym.set(nisba, entry.canonical);
  }
  const stateBodies = buildStateBodies(gazetteer);
  const finder = resolved.nlp ? createNameFinder({ demonyms: [...demonyms.values()] }) : null;

  function findDocumentMentions(paragraphs: string[]): Mention[][] {
    const tokens: NameToken[][] = [];
    const mentions: Mention[][] = [];
    for (const text of paragraphs) {
      const paragraphTokens = tokenizeNames(text);
      const matches = keepCuedPlaces(paragraphTokens, matcher.matchTokens(text, paragraphTokens));
      if (forces) addInOrder(matches, forces.coordinated(paragraphTokens, matches));
      addInOrder(matches, peopleInsideGroups(matcher, personWords, text, paragraphTokens, matches));
      const first = matches[0];
      const datelineEnd = findDatelineEnd(text, first !== undefined && first.start === 0 && first.entry.kind === 'place');
      const found = assigner.assignFacets(paragraphTokens, matches, datelineEnd);
      findLoyalForces?.(paragraphTokens, found, text);
      // An outlet crediting itself in a dateline ("(Reuters)", "/TASS/") is the document's source, not a mention.
      if (datelineEnd > 0) removeWhere(found, (m) => m.end <= datelineEnd && gazetteer.byCanonical.get(m.canonical)?.media === true);
      // "… in the Idlib enclave. (dpa/NAN)": the agencies credited at the end of a story are its sources, not mentions.
      const creditStart = TRAILING_CREDIT.exec(text)?.index ?? -1;
      if (creditStart >= 0) removeWhere(found, (m) => m.start > creditStart && gazetteer.byCanonical.get(m.canonical)?.media === true);
      if (finder) {
        const covered = coveredTokens(paragraphTokens, found);
        // A gazetteer match the roles set aside ("US dollar", "Middle East director") is still no unknown name.
        for (const m of matches) covered.fill(true, m.firstToken, m.endToken);
        const places = coveredTokens(paragraphTokens, found.filter((m) => m.facet === 'location'));
        for (const name of finder.findNames(text, paragraphTokens, covered, places)) {
          // "the HTS Shura Council", "the ISIS media office": a body of an armed group, not an institution of its own.
          if (name.kind === 'organisation' && followsGroup(found, paragraphTokens, name.firstToken)) continue;
          // "the network Raqqa 24": an outlet's name holding a known place is not that place.
          if (name.outlet === true) removeWhere(found, (m) => m.facet === 'location' && m.start >= name.start && m.end <= name.end);
          found.push({
            canonical: name.name,
            kind: name.kind,
            start: name.start,
            end: name.end,
            surface: text.slice(name.start, name.end),
            facet: FACET_OF_KIND[name.kind],
            origin: 'nlp',
          });
        }
        sortByStart(found);
      }
      tokens.push(paragraphTokens);
      mentions.push(found);
    }
    const context: LinkContext = { tokens, mentions, texts: paragraphs, demonyms };
    canonicalisePeople(context);
    linkSurnames(context);
    resolveNameVariants(context);
    resolveNominalMinistries(context);
    resolveHeadReferences(context);
    return mentions;
  }

  function extractDocument(meta: DocumentMeta, paragraphs: string[]): ParagraphFacets[] {
    const mentions = findDocumentMentions(paragraphs);
    const titleMentions = meta.title === null ? [] : (findDocumentMentions([meta.title])[0] ?? []);
    const voices = attributeSpeakerVoices(
      paragraphs.map((text, i) => ({ text, mentions: mentions[i]! })),
      { stateOfDemonym, stateBodies, documentVoice: titleVoice(meta.title, titleMentions, loadSpeakerLexicon()), documentOutlet: meta.source },
    );
    const speakers = consolidateSpeakers(
      voices.map((v) => v.speaker),
      voices.map((v) => v.collective),
    );
    const institutions = new Set(mentions.flat().filter((m) => m.kind === 'organisation' && m.facet === 'actor').map((m) => m.canonical));
    return paragraphs.map((text, i) => ({
      speaker: speakers[i] ?? null,
      speaker_cue: speakers[i] == null ? null : (voices[i]?.cue ?? null),
      actors: withNamedSpeaker(
        withReferredSpeaker(facetValues(mentions[i]!, 'actor'), speakers[i] ?? null, text, institutions),
        // Described sources ("مصادر محلية", local sources) are nobody the paragraph names.
        isDescribedSources(speakers[i] ?? null) ? null : (speakers[i] ?? null),
        text,
        mentions[i]!,
        gazetteer,
      ),
      locations: facetValues(mentions[i]!, 'location'),
      groups: facetValues(mentions[i]!, 'group'),
      dates: extractDates(text, { published: meta.published }),
      ...findRegistryFacets?.(text),
    }));
  }

  return { gazetteer, findDocumentMentions, extractDocument };
}

/**
 * "The council calls on…": an institution that speaks through a definite noun naming its head word ("the council"
 * for the Salqin Local Council) is mentioned by the paragraph, though no name is written there.
 */
/**
 * «Газван Бвидани сообщил…», "وقالت رندة قسيس…", "Hadi al-Bahra, a leading opposition figure, promised…": a speaker
 * the gazetteer does not know, named in this paragraph as a name is written, is a person or body the paragraph mentions.
 */
function withNamedSpeaker(actors: string[], speaker: string | null, text: string, mentions: Mention[], gazetteer: Gazetteer): string[] {
  if (speaker === null || actors.includes(speaker) || gazetteer.byCanonical.has(speaker)) return actors;
  const at = text.indexOf(speaker);
  if (at < 0 || !(CYRILLIC_NAME.test(speaker) || ARABIC_NAME.test(speaker) || LATIN_NAME.test(speaker))) return actors;
  // Words a known entity already covers ("وسائل إعلام سورية" → Syrian state media) are that entity.
  if (mentions.some((m) => m.start < at + speaker.length && m.end > at)) return actors;
  return [...actors, speaker];
}

/** Two to four capitalised Latin words, with Arabic particles between ("Hadi al-Bahra"): a name the name finder missed. */
const LATIN_NAME = /^[A-Z][a-z'’]+(?:[ -](?:(?:al|el|bin|ibn|abu|de)[ -])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,3}$/u;
/** Two or three capitalised Cyrillic words: «Газван Бвидани». */
const CYRILLIC_NAME = /^[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2}$/u;
/** Two or three Arabic words, none a long word behind the prepositions ل/ب that names do not start with ("لصحافيين", "بدورها"). */
const ARABIC_NAME = /^(?:(?![لب][^ ]{4,})[\u0621-\u064a]{2,}(?: |$)){2,3}$/u;

function withReferredSpeaker(actors: string[], speaker: string | null, text: string, institutions: ReadonlySet<string>): string[] {
  if (speaker === null || actors.includes(speaker) || !institutions.has(speaker)) return actors;
  const head = speaker.split(/\s+/u).at(-1)?.toLowerCase();
  if (head === undefined || head.length < 4) return actors;
  return new RegExp(`\\bthe\\s+${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(text) ? [...actors, speaker] : actors;
}

/** Outlet names in parentheses closing a paragraph, joined by slashes or commas: "(dpa/NAN)", "(Reuters, AFP)". */
const TRAILING_CREDIT = /\((?:[\p{L}.\- ]{2,30})(?:[/,] ?[\p{L}.\- ]{2,30})*\)\.?\s*$/u;

function followsGroup(mentions: Mention[], tokens: NameToken[], first: number): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined || tokens[first]!.breakBefore) return false;
  return mentions.some((m) => m.facet === 'group' && m.start <= previous.start && m.end >= previous.end);
}

/**
 * "Assad's forces", "армия Башара Асада": a group named after a person (possessive or full name) mentions that person too. `personWords` (the
 * folded words of people's aliases) keeps the search off the many group names that hold no name of a person.
 */
function peopleInsideGroups(matcher: EntityMatcher, personWords: ReadonlySet<string>, text: string, tokens: NameToken[], matches: AliasMatch[]): AliasMatch[] {
  const found: AliasMatch[] = [];
  for (const m of matches) {
    if (m.entry.kind !== 'armed_group' || m.endToken - m.firstToken < 2) continue;
    if (!tokens.slice(m.firstToken, m.endToken).some((t) => personWords.has(t.fold))) continue;
    // The whole span matches the group again: look at it without its last word, then without its first.
    for (const from of [m.firstToken, m.firstToken + 1]) {
      const to = from === m.firstToken ? m.endToken - 1 : m.endToken;
      for (const inner of matcher.matchTokens(text, tokens.slice(from, to))) {
        const at = { firstToken: inner.firstToken + from, endToken: inner.endToken + from };
        // "Assad militias", "ميليشيات الأسد": a bare surname labels the force; "Assad's military", "армия Башара Асада" name the man too.
        const words = tokens.slice(at.firstToken, at.endToken);
        const named = words.some((t) => t.possessive) || words.filter((t) => !t.article).length >= 2;
        if (inner.entry.kind === 'person' && named && !found.some((f) => f.start === inner.start)) found.push({ ...inner, ...at });
      }
    }
  }
  return found;
}

  function addInOrder(matches: AliasMatch[], added: AliasMatch[]): void {
  if (added.length === 0) return;
  matches.push(...added);
  sortByStart(matches);
}

function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (!drop(item)) items[kept++] = item;
  items.length = kept;
}

/** Unique canonical values of one facet, in order of first appearance. */
export function facetValues(mentions: Mention[], facet: Mention['facet']): string[] {
  const values: string[] = [];
  for (const m of inStartOrder(mentions)) {
    if (m.facet === facet && !values.includes(m.canonical)) values.push(m.canonical);
  }
  return values;
}
