// Collects real canonical entity names from the extractor's data files, when they exist, to mix into the synthetic pools.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GazetteerNames {
  persons: string[];
  institutions: string[];
  /** States: an actor or a place depending on the sentence, so never a reliable filter value. */
  states: string[];
  places: string[];
  groups: string[];
}

type Bucket = keyof GazetteerNames;

const BUCKETS: readonly Bucket[] = ['persons', 'institutions', 'states', 'places', 'groups'];

/** Reads a list written by `freeze-gazetteer-names.ts`; a file of another shape is an error naming the file and the field. */
export function readFrozenGazetteerNames(file: string): GazetteerNames {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const record = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const names = {} as GazetteerNames;
  for (const bucket of BUCKETS) {
    const list = record[bucket];
    if (!Array.isArray(list) || !list.every((name) => typeof name === 'string')) {
      throw new Error(`${file}: "${bucket}" must be an array of names`);
    }
    names[bucket] = list as string[];
  }
  return names;
}

const KIND_BUCKETS: Record<string, Bucket> = {
  person: 'persons',
  organisation: 'institutions',
  organization: 'institutions',
  state: 'states',
  armed_group: 'groups',
  group: 'groups',
  place: 'places',
  location: 'places',
};

/** Reads every `*.json` under dataDir; entries are objects with a `canonical` (or `name`) and a `kind` (or `type`/`facet`). Unknown shapes yield nothing. */
export function readGazetteerNames(dataDir: string): GazetteerNames {
  const names: GazetteerNames = { persons: [], institutions: [], states: [], places: [], groups: [] };
  if (!existsSync(dataDir)) return names;
  const seen = new Set<string>();
  const files = readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
    } catch {
      continue;
    }
    collectEntries(data, fileKind(file), (name, bucket) => {
      const key = `${bucket}:${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      names[bucket].push(name);
    });
  }
  return names;
}

function fileKind(file: string): Bucket | undefined {
  const base = file.replace(/\.json$/, '').toLowerCase();
  if (/place|location|geo/.test(base)) return 'places';
  if (/group|armed/.test(base)) return 'groups';
  if (/person|people|speaker/.test(base)) return 'persons';
  if (/state|countr/.test(base)) return 'states';
  if (/org|institution|actor/.test(base)) return 'institutions';
  return undefined;
}

function collectEntries(node: unknown, inherited: Bucket | undefined, add: (name: string, bucket: Bucket) => void, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectEntries(item, inherited, add, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const name = typeof record.canonical === 'string' ? record.canonical : typeof record.name === 'string' ? record.name : undefined;
  const kindText = [record.kind, record.type, record.facet].find((k): k is string => typeof k === 'string');
  const bucket = (kindText !== undefined ? KIND_BUCKETS[kindText.toLowerCase()] : undefined) ?? inherited;
  if (name !== undefined && bucket !== undefined && isUsableName(name)) {
    add(name, bucket);
    return;
  }
  for (const [key, value] of Object.entries(record)) {
    const keyBucket = fileKind(`${key}.json`) ?? bucket;
    collectEntries(value, keyBucket, add, depth + 1);
  }
}

function isUsableName(name: string): boolean {
  return name.length >= 2 && name.length <= 80 && /^[\p{L}]/u.test(name);
}
