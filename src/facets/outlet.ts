// The `outlet` facet's value: one canonical outlet name from a document's source, its URL's domain, or both.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldText } from '../text';

const outletsSchema = z.object({
  version: z.literal(1),
  outlets: z.array(
    z.object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a host name such as tass.com')),
    }),
  ),
});

export interface OutletTable {
  /** Host name (no `www.`) → canonical name. */
  byDomain: Map<string, string>;
  /** Folded name or alias → canonical name. */
  byName: Map<string, string>;
}

/** Validates an outlets data file; every problem names the file, the entry and the field. */
export function parseOutletTable(raw: unknown, file = 'outlets.json'): OutletTable {
  const parsed = outletsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path;
    const entry = path[0] === 'outlets' && typeof path[1] === 'number' ? ` entry ${path[1]}` : '';
    throw new Error(`${file}${entry}: field '${path.slice(2).join('.') || path.join('.')}': ${issue.message}`);
  }
  const byDomain = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const o of parsed.data.outlets) {
    for (const d of o.domains) byDomain.set(d, o.name);
    for (const alias of [o.name, ...o.aliases, ...o.domains]) {
      const key = outletKey(alias);
      if (key !== '' && !byName.has(key)) byName.set(key, o.name);
    }
  }
  return { byDomain, byName };
}

/** Names compare folded, with punctuation and spacing ignored (`Al-Monitor` = `Al Monitor`). */
function outletKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

let shipped: OutletTable | null = null;

function shippedTable(): OutletTable {
  if (shipped === null) {
    const file = new URL('./data/outlets.json', import.meta.url);
    shipped = parseOutletTable(JSON.parse(readFileSync(file, 'utf8')), 'src/facets/data/outlets.json');
  }
  return shipped;
}

/** The host of a URL without `www.`, lower case; null when the text is not an http(s) URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The known outlet of a host, trying parent domains too (`arabic.rt.com` → `rt.com`). */
function outletOfHost(host: string, table: OutletTable): string | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const found = table.byDomain.get(labels.slice(i).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * One canonical outlet for a document: the URL's known domain first (the most reliable), then the
 * source's name or alias in any script, then the source as given, then the bare host.
 */
export function canonicalOutlet(
  meta: { source?: string | null; url?: string | null },
  table: OutletTable = shippedTable(),
): string | null {
  const host = hostOf(meta.url);
  const fromHost = host !== null ? outletOfHost(host, table) : undefined;
  if (fromHost !== undefined) return fromHost;
  const source = meta.source?.replace(/\s+/g, ' ').trim() ?? '';
  if (source !== '') {
    const known = table.byName.get(outletKey(source));
    if (known !== undefined) return known;
    const sourceHost = /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(source) ? outletOfHost(source.toLowerCase().replace(/^www\./, ''), table) : undefined;
    return sourceHost ?? source;
  }
  return host;
}
