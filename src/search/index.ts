// Public surface of the search stage.
export { createSearchEngine, loadSearchEngine, defaultEngineOptions, INDEX_FORMAT, INDEX_FORMAT_VERSION } from './engine';
export type { DeltaStats, DocumentChanges, EngineOptions, SerializedEngine, SiftEngine } from './engine';
export type { ResolvedEntity, ResolveEntities } from './entity-expansion';
export { parseQuery } from './query-parser';
export type { ParsedQuery, QueryClause, QueryFilter } from './query-parser';
export { parseSearchParams, MAX_QUERY_LENGTH } from './search-params';
export { analyzeText, foldText } from '../text';
