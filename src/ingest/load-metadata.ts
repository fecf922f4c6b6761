// Finds explicit metadata for a document: its sidecar `<name>.meta.json`, then the folder's `meta.json`.
import type { SkippedFile } from '../types';
import { mergeMeta, pickMeta, type ExplicitMeta } from './pick-meta';

export type TextReader = (rel: string) => Promise<{ ok: true; text: string } | { ok: false; reason: string }>;

export interface MetadataLookup {
  /** Explicit metadata for document `id` read from `file`: sidecar fields win over the folder map. */
  find(file: string, id: string): Promise<ExplicitMeta>;
  /** Problems met in metadata files, each reported once. */
  skipped: SkippedFile[];
}

function baseName(rel: string): string {
  return rel.slice(rel.lastIndexOf('/') + 1);
}

function dirName(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i === -1 ? '' : rel.slice(0, i);
}

/** True for `meta.json` and `*.meta.json`, which describe documents and are not documents. */
export function isMetadataFile(rel: string): boolean {
  const name = baseName(rel).toLowerCase();
  return name === 'meta.json' || name.endsWith('.meta.json');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A lookup over the listed files; each metadata file is read and parsed at most once. */
export function createMetadataLookup(files: readonly string[], read: TextReader): MetadataLookup {
  const present = new Set(files);
  const skipped: SkippedFile[] = [];
  const cache = new Map<string, Promise<unknown>>();

  function load(rel: string): Promise<unknown> {
    let pending = cache.get(rel);
    if (!pending) {
      pending = read(rel).then((res) => {
        if (!res.ok) {
          skipped.push({ file: rel, reason: `metadata file ignored: ${res.reason}` });
          return undefined;
        }
        try {
          const value: unknown = JSON.parse(res.text);
          if (!isObject(value)) {
            skipped.push({ file: rel, reason: 'metadata file ignored: expected a JSON object' });
            return undefined;
          }
          return value;
        } catch (err) {
          skipped.push({ file: rel, reason: `metadata file ignored: malformed JSON: ${(err as Error).message}` });
          return undefined;
        }
      });
      cache.set(rel, pending);
    }
    return pending;
  }

  async function find(file: string, id: string): Promise<ExplicitMeta> {
    const dir = dirName(file);
    const prefix = dir === '' ? '' : `${dir}/`;
    const name = baseName(file);
    const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    const layers: ExplicitMeta[] = [];
    for (const sidecar of [`${prefix}${stem}.meta.json`, `${prefix}${name}.meta.json`]) {
      if (!present.has(sidecar)) continue;
      const value = await load(sidecar);
      if (isObject(value)) layers.push(pickMeta(value));
    }
    const folderMeta = `${prefix}meta.json`;
    if (present.has(folderMeta)) {
      const map = await load(folderMeta);
      const entry = isObject(map) ? map[id] : undefined;
      if (isObject(entry)) layers.push(pickMeta(entry));
    }
    return mergeMeta(...layers);
  }

  return { find, skipped };
}
