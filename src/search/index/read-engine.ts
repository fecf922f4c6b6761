// Reads a serialized engine ({meta, sections} or its JSON form with base64 sections) back into a state, refusing other
// format versions with `index_version` and anything inconsistent with `index_corrupt`.
import { SiftError } from '../../errors';
import type { FacetDeclaration } from '../../facets/registry';
import { sectionsFromBase64 } from './binary-sections';
import type { Sections } from './binary-sections';
import type { EngineState } from './engine-state';
import { deserializeState, STATE_FORMAT, STATE_FORMAT_VERSION } from './state-sections';
import type { StateMeta } from './state-sections';

const REBUILD = 'rebuild it with `npm run index`';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFormat(format: unknown, version: unknown): void {
  if (format !== STATE_FORMAT) throw new SiftError('index_corrupt', `the search index is not a ${STATE_FORMAT} file; ${REBUILD}`);
  if (version !== STATE_FORMAT_VERSION) {
    throw new SiftError(
      'index_version',
      `the search index has format version ${JSON.stringify(version)} but this build reads version ${STATE_FORMAT_VERSION}; ${REBUILD}`,
    );
  }
}

function corrupt(err: unknown): SiftError {
  return new SiftError('index_corrupt', `the search index could not be read (${err instanceof Error ? err.message : String(err)}); ${REBUILD}`);
}

/** The meta and binary sections of either serialized form. */
function unpack(value: Record<string, unknown>): { meta: unknown; sections: Sections } {
  if (typeof value.format === 'string' || !isRecord(value.meta)) {
    // toJSON() form: format and version on top, sections base64-encoded.
    checkFormat(value.format, value.version);
    if (!isRecord(value.meta) || !isRecord(value.sections)) throw new SiftError('index_corrupt', `the search index is incomplete; ${REBUILD}`);
    try {
      return { meta: value.meta, sections: sectionsFromBase64(value.sections) };
    } catch (err) {
      throw corrupt(err);
    }
  }
  if (!isRecord(value.sections)) throw new SiftError('index_corrupt', `the search index is incomplete; ${REBUILD}`);
  return { meta: value.meta, sections: value.sections as Sections };
}

/** The state of a serialized engine, its facet columns read for the registry's `facets`. */
export function readSerializedState(serialized: unknown, facets: readonly FacetDeclaration[]): EngineState {
  if (!isRecord(serialized)) checkFormat(undefined, undefined);
  const { meta, sections } = unpack(serialized as Record<string, unknown>);
  const m = meta as Record<string, unknown>;
  checkFormat(m.format, m.version);
  try {
    return deserializeState(m as unknown as StateMeta, sections, facets);
  } catch (err) {
    throw corrupt(err);
  }
}
