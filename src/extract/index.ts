// Public surface of the extract stage.

export { createExtractor, defaultExtractorOptions, facetValues } from './extract-document';
export type { Extractor, ExtractorOptions } from './extract-document';
export { loadGazetteer, validateGazetteer, loadNotEntities, GazetteerError, ENTITY_KINDS, defaultGazetteerOptions } from './entities/gazetteer';
export type { Gazetteer, GazetteerEntry, GazetteerOptions } from './entities/gazetteer';
export { createEntityMatcher } from './entities/entity-matcher';
export { createEntityRelations } from './entities/entity-relations';
export type { EntityRelations } from './entities/entity-relations';
export { createSpeakerConsolidator, defaultSpeakerConsolidationOptions } from './speaker/consolidation';
export type { SpeakerConsolidationOptions, SpeakerConsolidator } from './speaker/consolidation';
export type { AliasMatch, EntityMatcher } from './entities/entity-matcher';
export { foldName, foldToken, foldTokenWithoutProclitic } from '../text/fold-name';
export { tokenizeNames } from './entities/name-tokens';
export type { NameToken } from './entities/name-tokens';
export { createFacetAssigner, loadRoleWords } from './entities/facet-roles';
export { createNameFinder, defaultNameFinderOptions, loadNameEvidence } from './entities/name-finder';
export type { FoundName, NameFinder, NameFinderOptions } from './entities/name-finder';
export { attributeSpeakers, attributeSpeakerVoices } from './speaker/attribute-speakers';
export type { SpeakerVoice } from './speaker/attribute-speakers';
export { extractDates } from './dates/dates';
