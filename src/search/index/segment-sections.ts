// Persistence of text segments and the phrase index as binary sections.
import { fromSection, requireSection, sectionToStrings, stringsToSection, toSection } from './binary-sections';
import type { Sections } from './binary-sections';
import { buildDictionary } from './text-segment';
import type { FieldIndex, PhraseIndex, TextSegment } from './text-segment';

export interface SegmentMeta {
  size: number;
  avgLength: { loose: number; exact: number };
}

export function segmentToSections(segment: TextSegment, prefix: string, out: Sections): SegmentMeta {
  for (const name of ['loose', 'exact'] as const) {
    const f = segment[name];
    out[`${prefix}.${name}.terms`] = stringsToSection(f.terms);
    out[`${prefix}.${name}.offsets`] = toSection(f.offsets);
    out[`${prefix}.${name}.docs`] = toSection(f.docs);
    out[`${prefix}.${name}.freqs`] = toSection(f.freqs);
    out[`${prefix}.${name}.lengths`] = toSection(f.lengths);
    if (f.firsts !== undefined) out[`${prefix}.${name}.firsts`] = toSection(f.firsts);
  }
  return { size: segment.size, avgLength: { loose: segment.loose.avgLength, exact: segment.exact.avgLength } };
}

export function segmentFromSections(sections: Sections, prefix: string, meta: SegmentMeta): TextSegment {
  const field = (name: 'loose' | 'exact'): FieldIndex => {
    const key = `${prefix}.${name}`;
    const terms = sectionToStrings(requireSection(sections, `${key}.terms`));
    const offsets = fromSection(Uint32Array, requireSection(sections, `${key}.offsets`), `${key}.offsets`);
    const docs = fromSection(Uint32Array, requireSection(sections, `${key}.docs`), `${key}.docs`);
    const freqs = fromSection(Uint16Array, requireSection(sections, `${key}.freqs`), `${key}.freqs`);
    const lengths = fromSection(Uint32Array, requireSection(sections, `${key}.lengths`), `${key}.lengths`);
    if (offsets.length !== terms.length + 1 || docs.length !== freqs.length || offsets[terms.length] !== docs.length || lengths.length !== meta.size) {
      throw new Error(`section ${key} is inconsistent`);
    }
    const out: FieldIndex = { terms, dict: buildDictionary(terms), offsets, docs, freqs, lengths, avgLength: meta.avgLength[name] };
    const firsts = sections[`${key}.firsts`];
    if (firsts !== undefined) {
      out.firsts = fromSection(Uint16Array, firsts, `${key}.firsts`);
      if (out.firsts.length !== docs.length) throw new Error(`section ${key}.firsts is inconsistent`);
    }
    return out;
  };
  return { size: meta.size, loose: field('loose'), exact: field('exact') };
}

export function phrasesToSections(index: PhraseIndex, out: Sections): void {
  out['phrase.terms'] = stringsToSection(index.terms);
  out['phrase.offsets'] = toSection(index.offsets);
  out[index.tokens instanceof Uint16Array ? 'phrase.tokens16' : 'phrase.tokens32'] = toSection(index.tokens);
}

export function phrasesFromSections(sections: Sections, size: number): PhraseIndex {
  const terms = sectionToStrings(requireSection(sections, 'phrase.terms'));
  const offsets = fromSection(Uint32Array, requireSection(sections, 'phrase.offsets'), 'phrase.offsets');
  const tokens =
    sections['phrase.tokens16'] !== undefined
      ? fromSection(Uint16Array, sections['phrase.tokens16'], 'phrase.tokens16')
      : fromSection(Uint32Array, requireSection(sections, 'phrase.tokens32'), 'phrase.tokens32');
  if (offsets.length !== size + 1 || offsets[size] !== tokens.length) throw new Error('section phrase.offsets is inconsistent');
  const ids = new Map<string, number>();
  terms.forEach((t, i) => ids.set(t, i));
  return { ids, terms, offsets, tokens };
}
