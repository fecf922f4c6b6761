// Public surface of the extract stage.

export { createExtractor, defaultExtractorOptions, facetValues } from './extract-document';
export type { Extractor, ExtractorOptions } from './extract-document';
export { loadGazetteer, validateGazetteer, loadNotEntities, GazetteerError, ENTITY_KINDS, defaultGazetteerOptions } from './gazetteer';
export type { Gazetteer, GazetteerEntry, GazetteerOptions } from './gazetteer';
export { createEntityMatcher } from './entity-matcher';
export { createEntityRelations } from './entity-relations';
export type { EntityRelations } from './entity-relations';
export { createSpeakerConsolidator, defaultSpeakerConsolidationOptions } from './speaker-consolidation';
export type { SpeakerConsolidationOptions, SpeakerConsolidator } from './speaker-consolidation';
export type { AliasMatch, EntityMatcher } from './entity-matcher';
export { foldName, foldToken, foldTokenWithoutProclitic } from '../text/fold-name';
export { tokenizeNames } from './name-tokens';
export type { NameToken } from './name-tokens';
export { createFacetAssigner, loadRoleWords } from './facet-roles';
export { createNameFinder, defaultNameFinderOptions, loadNameEvidence } from './name-finder';
export type { FoundName, NameFinder, NameFinderOptions } from './name-finder';
export { attributeSpeakers, attributeSpeakerVoices } from './speaker';
export type { SpeakerVoice } from './speaker';
export { extractDates } from './dates';
