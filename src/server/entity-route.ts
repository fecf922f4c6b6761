// GET /api/entities/:id: one canonical entity's profile (see src/entities/entity-profile.ts).
import type { Hono } from 'hono';
import type { SearchBackend } from '../backend/search-backend';
import { composeEntityProfile, type EntityFacts } from '../entities/entity-profile';
import { SiftError } from '../errors';
import { loadGazetteer, type Gazetteer } from '../extract/entities/gazetteer';

const MAX_ID_LENGTH = 300;

/** The gazetteer is read once, on the first entity request, not at start. */
function gazetteerFacts(): (name: string) => EntityFacts | undefined {
  let gazetteer: Gazetteer | null = null;
  return (name) => {
    gazetteer ??= loadGazetteer();
    const entry = gazetteer.byCanonical.get(name);
    return entry === undefined ? undefined : { kind: entry.kind, aliases: [...new Set(entry.aliases)] };
  };
}

export function mountEntities(app: Hono, backend: SearchBackend, factsOf: (name: string) => EntityFacts | undefined = gazetteerFacts()): void {
  app.get('/api/entities/:id', async (c) => {
    const id = c.req.param('id').trim();
    if (id === '' || id.length > MAX_ID_LENGTH) {
      throw new SiftError('bad_parameter', `entity id must be 1 to ${MAX_ID_LENGTH} characters`);
    }
    const profile = await composeEntityProfile(backend, id, factsOf);
    if (profile === undefined) throw new SiftError('not_found', `no entity ${JSON.stringify(id.slice(0, 200))} in the index`);
    return c.json(profile);
  });
}
