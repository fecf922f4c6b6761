import { describe, expect, it } from 'vitest';
import { linkCueSources } from '../../src/pipeline/link-cue-sources';
import type { SpeakerCue, SpeakerCueKind } from '../../src/types';

function para(anchor: string, speaker: string | null, kind: SpeakerCueKind | null) {
  const speaker_cue: SpeakerCue | null = kind === null ? null : { kind, text: 'cue', start: 0, end: 3 };
  return { anchor, speaker, speaker_cue };
}

describe('linkCueSources', () => {
  it.each([
    ['a pronoun after the paragraph naming its speaker', [para('p-1', 'Lavrov', 'verb'), para('p-2', 'Lavrov', 'pronoun')], [undefined, 'p-1']],
    ['a continued quotation two paragraphs on', [para('p-1', 'Lavrov', 'quote'), para('p-2', null, null), para('p-3', 'Lavrov', 'continuation')], [undefined, undefined, 'p-1']],
    ['the nearest naming paragraph when there are several', [para('p-1', 'Lavrov', 'verb'), para('p-2', 'Lavrov', 'according_to'), para('p-3', 'Lavrov', 'pronoun')], [undefined, undefined, 'p-2']],
    ['no source when only another speaker was named', [para('p-1', 'Peskov', 'verb'), para('p-2', 'Lavrov', 'pronoun')], [undefined, undefined]],
    ['no source from a later paragraph', [para('p-1', 'Lavrov', 'pronoun'), para('p-2', 'Lavrov', 'verb')], [undefined, undefined]],
    ['no source from a paragraph that itself borrowed', [para('p-1', 'Lavrov', 'pronoun'), para('p-2', 'Lavrov', 'pronoun')], [undefined, undefined]],
  ])('links %s', (_case, paragraphs, expected) => {
    const linked = linkCueSources(paragraphs);
    expect(linked.map((p) => p.speaker_cue?.from)).toEqual(expected);
    // The input is left as it was.
    expect(paragraphs.every((p) => p.speaker_cue?.from === undefined)).toBe(true);
  });
});
