// Inflected forms the stemmers keep apart (Arabic number and gender), as extra alternatives of a single query word.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SynonymAlternative } from '../synonyms';

const variantData = z.object({
  description: z.string().optional(),
  minStem: z.number().int().min(1),
  /** Letters a stem needs to stand as a word on its own (the empty suffix): short bare stems are other words. */
  minBareStem: z.number().int().min(1),
  weight: z.number().gt(0).max(1),
  /** Per Unicode script: suffix families (each suffix of a family alternates with the others). */
  languages: z.record(z.string(), z.array(z.array(z.string()).min(2))),
});

export interface WordVariants {
  /** The other forms of a loose key, each with the weight of a variant (none for a word of another script). */
  of(loose: string): SynonymAlternative[];
}

export function buildWordVariants(raw: unknown, source = 'word-variants'): WordVariants {
  const parsed = variantData.safeParse(raw);
  if (!parsed.success) throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { minStem, minBareStem, weight, languages } = parsed.data;
  const scripts = Object.entries(languages).map(([script, families]) => ({ test: new RegExp(`^\\p{Script=${script}}+$`, 'u'), families }));
  return {
    of(loose) {
      const script = scripts.find((s) => s.test.test(loose));
      if (script === undefined) return [];
      const out = new Set<string>();
      for (const family of script.families) {
        // the longest suffix of the family the word ends in (the empty one always matches)
        const suffix = [...family].sort((a, b) => b.length - a.length).find((x) => loose.endsWith(x));
        if (suffix === undefined) continue;
        const stem = loose.slice(0, loose.length - suffix.length);
        if ([...stem].length < minStem) continue;
        for (const other of family) {
          if (other === suffix || (other === '' && [...stem].length < minBareStem)) continue;
          out.add(stem + other);
        }
      }
      out.delete(loose);
      return [...out].map((key) => ({ keys: [key], weight }));
    },
  };
}

let shipped: WordVariants | undefined;

/** The variants of src/search/data/word-variants.json, read once. */
export function loadWordVariants(url: URL = new URL('../data/word-variants.json', import.meta.url)): WordVariants {
  if (url.href.endsWith('/data/word-variants.json') && shipped !== undefined) return shipped;
  const variants = buildWordVariants(JSON.parse(readFileSync(url, 'utf8')), url.pathname);
  shipped ??= variants;
  return variants;
}
