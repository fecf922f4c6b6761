// A generated corpus of several thousand paragraphs with facets, dates, outlets and languages (seeded, reproducible).
import { createRandom } from '../../../bench/prng';
import type { IndexedDocument, Paragraph } from '../../../src/types';

const WORDS = [
  'artillery', 'ceasefire', 'convoy', 'hospital', 'refugees', 'negotiations', 'airstrike', 'checkpoint', 'militia',
  'humanitarian', 'evacuation', 'border', 'pipeline', 'drone', 'siege', 'prisoners', 'election', 'ministry', 'statement',
  'offensive', 'water', 'bread', 'school', 'bridge', 'market', 'tunnel', 'harvest', 'winter', 'journalist', 'monitor',
];
const SPEAKERS = ['Maria Zakharova', 'John Kirby', 'Sergey Lavrov', 'Staffan de Mistura', 'Bashar al-Assad', 'Recep Tayyip Erdogan'];
const ACTORS = ['Russia', 'Turkey', 'United States', 'United Nations', 'Iran', 'European Union', 'Red Crescent', 'Syrian government'];
const LOCATIONS = ['Aleppo', 'Idlib', 'Raqqa', 'Homs', 'Deir ez-Zor', 'Afrin', 'Manbij', 'Daraa', 'Latakia', 'Hama'];
const GROUPS = ['ISIS', 'Jabhat al-Nusra', 'Ahrar al-Sham', 'YPG', 'Free Syrian Army'];
const OUTLETS = ['TASS', 'RT', 'ARA News', 'SouthFront', 'Kurdistan24'];
const LANGS = ['en', 'en', 'en', 'ru', 'ar'];

export function generateDocuments(documents: number, paragraphsPerDocument: number, seed = 7): IndexedDocument[] {
  const r = createRandom(seed);
  const some = (pool: readonly string[], max: number): string[] => [...new Set(Array.from({ length: r.int(0, max) }, () => pool[r.zipf(pool.length)]!))];
  return Array.from({ length: documents }, (_, d): IndexedDocument => {
    const year = r.int(2012, 2020);
    const month = String(r.int(1, 12)).padStart(2, '0');
    const paragraphs = Array.from({ length: r.int(1, paragraphsPerDocument * 2 - 1) }, (_, i): Paragraph => ({
      anchor: `p-${i + 1}`,
      text: Array.from({ length: r.int(6, 18) }, () => WORDS[r.zipf(WORDS.length)]!).join(' ') + '.',
      speaker: r.chance(0.3) ? SPEAKERS[r.zipf(SPEAKERS.length)]! : null,
      actors: some(ACTORS, 3),
      locations: some(LOCATIONS, 2),
      groups: some(GROUPS, 2),
      dates: [],
    }));
    return {
      id: `gen-${String(d).padStart(4, '0')}`,
      title: `Report ${d}`,
      source: OUTLETS[d % OUTLETS.length]!,
      outlet: OUTLETS[d % OUTLETS.length]!,
      url: null,
      published: r.chance(0.95) ? `${year}-${month}-${String(r.int(1, 28)).padStart(2, '0')}` : null,
      lang: LANGS[r.int(0, LANGS.length - 1)]!,
      paragraphs,
    };
  });
}
