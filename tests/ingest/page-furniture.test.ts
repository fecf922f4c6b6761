import { describe, expect, it } from 'vitest';
import { defaultChromePatterns } from '../../src/ingest/chrome-patterns';
import { detectChrome, isNavStrip, isSelfDescription } from '../../src/ingest/detect-chrome';
import { detectMastheadLine } from '../../src/ingest/detect-metadata-line';
import { segmentDocument } from '../../src/ingest/segment-document';
import { splitBlocks } from '../../src/ingest/split-blocks';
import { endsLikeSentence } from '../../src/ingest/text-normalize';
import type { InputFormat, SourceDocument } from '../../src/types';

const BODY_1 = 'Government forces shelled the eastern district on Sunday, residents said.';
const BODY_2 = 'The health ministry said 12 people were wounded and taken to hospital.';

function doc(text: string, meta: SourceDocument['meta'] = {}, format: InputFormat = 'txt'): SourceDocument {
  return { id: 'test-doc', file: 'test-doc.txt', format, text, meta };
}

describe('detectChrome', () => {
  it.each([
    ['Download the full report in Arabic'],
    ['Your tax-deductible gift can help us document abuses.'],
    ['Click here to see our interactive map of the front lines.'],
    ['Also read: Army repels attack near Hama'],
    ['(The press briefing was concluded at 2:05 p.m.)'],
    ['[The meeting ended at 5 p.m.]'],
  ])('finds "%s" to be chrome', (line) => {
    expect(detectChrome(line, defaultChromePatterns)).not.toBeNull();
  });

  it.each([
    ['The report was downloaded thousands of times, the group said.'],
    ['Residents said the meeting with the governor ended without agreement.'],
    ['The meeting ended at 5 p.m.'],
  ])('keeps the sentence "%s"', (line) => {
    expect(detectChrome(line, defaultChromePatterns)).toBeNull();
  });
});

describe('isNavStrip', () => {
  it.each([
    ['Home News Economy Women Culture Reports Interviews Kurdî العربية', true],
    ['Home » Syria » Politics » Analysis', true],
    ['Home Office officials said the rules would change', false],
    ['Home News', false],
  ])('judges "%s" a menu strip: %s', (line, expected) => {
    expect(isNavStrip(line, defaultChromePatterns)).toBe(expected);
  });
});

describe('isSelfDescription', () => {
  it('finds the standing blurb of a series named by the title', () => {
    const line = 'The Syria Weekly provides a summary of the week in the conflict. It also covers the economy and aid.';
    expect(isSelfDescription(line, 'Syria Weekly, March 3, 2024')).toBe(true);
  });

  it('keeps a sentence whose subject is only part of the title', () => {
    expect(isSelfDescription('The Syria conflict provides no easy answers.', 'Syria Weekly, March 3, 2024')).toBe(false);
  });
});

describe('detectMastheadLine', () => {
  it.each([
    ['Human Rights Watch', 'Human Rights Watch'],
    ['ANHA | Hawar News Agency', 'ANHA | Hawar News Agency'],
    ['Saraqib Local Council – المجلس المحلي في سراقب', 'Saraqib Local Council'],
    ['U.S. Department of State', 'U.S. Department of State'],
  ])('reads the outlet of "%s"', (line, outlet) => {
    expect(detectMastheadLine(line)).toBe(outlet);
  });

  it.each([['PRESS RELEASE'], ['World'], ['Shelling kills five in Idlib.'], ['Statement No. 14']])('reads no outlet from "%s"', (line) => {
    expect(detectMastheadLine(line)).toBeNull();
  });
});

describe('endsLikeSentence', () => {
  it.each([
    ['They withdrew, according to local media.[3]', true],
    ['They withdrew, according to local media.[3][4]', true],
    ['See note [3]', false],
  ])('judges "%s": %s', (line, expected) => {
    expect(endsLikeSentence(line)).toBe(expected);
  });
});

describe('splitBlocks', () => {
  it('drops an emphasised caption under an image but keeps other emphasised lines', () => {
    const text = [
      '![A street in Raqqa](https://example.org/a.jpg)',
      '',
      '*A street in Raqqa, 2019 (Example News)*',
      '',
      BODY_1,
      '',
      '*Editor’s note: names were changed for safety.*',
    ].join('\n');
    expect(splitBlocks(text, 'md')).toEqual([BODY_1, 'Editor’s note: names were changed for safety.']);
  });
});

describe('segmentDocument', () => {
  it('keeps footnoted paragraphs and drops the reference list below them', () => {
    const text = [
      'Daily Report, June 3, 2024',
      `${BODY_1}[1]`,
      'Militias began moving towards Homs and Hama, a source told reporters.[2]',
      'The minister met his counterpart in Damascus and said they would coordinate.[3]',
      '[1] https://example.org/one',
      '[2] https://example.org/two',
      '[3] https://example.org/three',
    ].join('\n');
    const { paragraphs } = segmentDocument(doc(text));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.some((p) => p.includes('https://'))).toBe(false);
  });

  it('reads a masthead as the source and skips a menu strip when choosing the title', () => {
    const text = [
      'ANHA | Hawar News Agency',
      'Home  News  Economy  Women  Culture  Reports',
      'Drone strike hits village in Kobani countryside',
      BODY_1,
      BODY_2,
    ].join('\n');
    const { meta, paragraphs } = segmentDocument(doc(text));
    expect(meta.source).toBe('ANHA | Hawar News Agency');
    expect(meta.title).toBe('Drone strike hits village in Kobani countryside');
    expect(paragraphs).toEqual([BODY_1, BODY_2]);
  });

  it('keeps explicit metadata over a masthead', () => {
    const text = ['Human Rights Watch', 'Syria: Homes Seized in Afrin Region', BODY_1, BODY_2].join('\n');
    expect(segmentDocument(doc(text, { source: 'HRW' })).meta.source).toBe('HRW');
    expect(segmentDocument(doc(text)).meta.source).toBe('Human Rights Watch');
  });
});
