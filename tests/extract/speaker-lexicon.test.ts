import { describe, expect, it } from 'vitest';
import { buildSpeakerLexicon, loadSpeakerLexicon } from '../../src/extract/speaker-lexicon';
import sayVerbs from '../../src/extract/data/say-verbs.json' with { type: 'json' };
import roles from '../../src/extract/data/speaker-roles.json' with { type: 'json' };

describe('loadSpeakerLexicon', () => {
  it('builds the lexicon once and reuses it', () => {
    expect(loadSpeakerLexicon()).toBe(loadSpeakerLexicon());
  });

  it.each([
    ['Zakharova said', 'said'],
    ['the ministry pointed  out', 'pointed  out'],
    ['the document reads', 'reads'],
  ])('matches the say-verb in %j', (text, verb) => {
    const pattern = new RegExp(loadSpeakerLexicon().verbPattern.source);
    expect(pattern.exec(text)?.[0]).toBe(verb);
  });

  it.each(['unsaid', 'so-called', 'Said Ahmed arrived', 'the reporters'])('matches no say-verb inside %j', (text) => {
    const pattern = new RegExp(loadSpeakerLexicon().verbPattern.source);
    expect(pattern.exec(text)).toBeNull();
  });
});

describe('buildSpeakerLexicon', () => {
  it.each([
    ['verbs', 'not a list', 'say-verbs.json: "verbs" must be an array of non-empty strings'],
    ['clauseBreaks', ['that', ''], 'say-verbs.json: "clauseBreaks" must be an array of non-empty strings'],
  ])('rejects say-verbs data whose %s is malformed', (key, value, message) => {
    expect(() => buildSpeakerLexicon({ ...sayVerbs, [key]: value }, roles)).toThrow(message);
  });

  it('rejects role data without the noun variants map', () => {
    const { nounVariants: _dropped, ...rest } = roles;
    expect(() => buildSpeakerLexicon(sayVerbs, rest)).toThrow('speaker-roles.json: "nounVariants"');
  });
});
