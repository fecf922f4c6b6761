import { describe, expect, it } from 'vitest';
import { buildSpeakerLexicon, loadSpeakerLexicon, matchScriptPatterns, mergedRoleData, mergedSpeechData } from '../../src/extract/speaker/lexicon';

const sayVerbs = mergedSpeechData();
const roles = mergedRoleData();

const verbsIn = (text: string) => [...matchScriptPatterns(text, loadSpeakerLexicon().verbPattern)].map((m) => m[0]);

describe('loadSpeakerLexicon', () => {
  it('builds the lexicon once and reuses it', () => {
    expect(loadSpeakerLexicon()).toBe(loadSpeakerLexicon());
  });

  it.each([
    ['Zakharova said', 'said'],
    ['the ministry pointed  out', 'pointed  out'],
    ['the document reads', 'reads'],
    ['Захарова заявила, что', 'заявила'],
    ['Об этом сообщили в МИД', 'сообщили'],
    ['وقالت زاخاروفا', 'وقالت'],
  ])('matches the say-verb in %j', (text, verb) => {
    expect(verbsIn(text)).toEqual([verb]);
  });

  it.each(['unsaid', 'so-called', 'Said Ahmed arrived', 'the reporters', 'он рассказывал', 'пересказал'])('matches no say-verb inside %j', (text) => {
    expect(verbsIn(text)).toEqual([]);
  });

  it('finds verbs of every script in a paragraph mixing them', () => {
    expect(verbsIn('Zakharova said «мы готовы», добавила она.')).toEqual(['said', 'добавила']);
  });
});

describe('buildSpeakerLexicon', () => {
  it.each([
    ['verbs', 'not a list', 'speech: "verbs" must be an array of non-empty strings'],
    ['clauseBreaks', ['that', ''], 'speech: "clauseBreaks" must be an array of non-empty strings'],
  ])('rejects say-verbs data whose %s is malformed', (key, value, message) => {
    expect(() => buildSpeakerLexicon({ ...sayVerbs, [key]: value }, roles)).toThrow(message);
  });

  it('rejects role data without the noun variants map', () => {
    const { nounVariants: _dropped, ...rest } = roles;
    expect(() => buildSpeakerLexicon(sayVerbs, rest)).toThrow('roles: "nounVariants"');
  });
});

describe('buildSpeakerLexicon stance and issue patterns', () => {
  const lexicon = loadSpeakerLexicon();
  const matches = (pattern: RegExp | null, text: string) => [...text.matchAll(pattern!)].map((m) => m[0]);

  it.each([
    ['the agency is deeply alarmed by reports', 'is deeply alarmed'],
    ['donors are concerned that funds will run out', 'are concerned'],
    ['the mission remains gravely worried about returns', 'remains gravely worried'],
  ])('finds the stance frame in %j', (text, frame) => {
    expect(matches(lexicon.stancePattern, text)).toEqual([frame]);
  });

  it.each(['as far as the agency is concerned, it is over', 'the people concerned by the decree', 'he is worried.'])(
    'finds no stance frame in %j, which opens no complement',
    (text) => {
      expect(matches(lexicon.stancePattern, text)).toEqual([]);
    },
  );

  it.each([
    ['the ministry issued a statement on Monday', 'statement'],
    ['UNICEF published its annual report', 'report'],
  ])('finds the document issued in %j', (text, document) => {
    expect([...text.matchAll(lexicon.issuePattern!)].map((m) => m[2])).toEqual([document]);
  });

  it('builds no stance or issue pattern from data without them', () => {
    const { stanceFrames: _s, issueVerbs: _i, ...rest } = sayVerbs;
    const bare = buildSpeakerLexicon(rest, roles);
    expect(bare.stancePattern).toBeNull();
    expect(bare.issuePattern).toBeNull();
  });
});
