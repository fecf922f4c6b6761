import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';
import type { DocumentMeta } from '../../src/types';

// Context cues that make an unknown name a place or an outlet, and a state a topic rather than an agent.
const extractor = createExtractor();
const meta: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2021-03-02' };
const one = (paragraph: string) => extractor.extractDocument(meta, [paragraph])[0]!;

describe('findNames on places after strike nouns and site nouns', () => {
  it.each([
    ['Helicopters dropped six barrel bombs on Kansafra and Bara overnight.', ['Kansafra', 'Bara']],
    ['Russian airstrikes on Maarshamarin wounded four children.', ['Maarshamarin']],
    ['Mortar shells hit the checkpoint near Shir Tahta on Friday.', ['Shir Tahta']],
    ['Displaced families reached the camp in Atmeh after dark.', ['Atmeh']],
  ])('finds the places of %j', (text, places) => {
    expect(one(text).locations).toEqual(places);
  });

  it.each([
    ['The attacks on Monday killed six people.'],
    ['The attacks on Alawites in the coast continued for a week.'],
    ['He commented on Facebook that the talks had failed.'],
  ])('finds no place in %j', (text) => {
    expect(one(text).locations).toEqual([]);
  });
});

describe('assignFacets on a state a remark turns to', () => {
  it.each([
    ['QUESTION: Matt, on Lebanon – is there any update on the talks?', 'Lebanon'],
    ['On Jordan, the minister said the border would reopen.', 'Jordan'],
  ])('counts the topic state of %j as a place, not an actor', (text, state) => {
    const f = one(text);
    expect(f.locations).toContain(state);
    expect(f.actors).not.toContain(state);
  });

  it('keeps a state an actor when "on" is no topic marker ("sanctions on Iran, …")', () => {
    expect(one('The sanctions on Iran, the minister said, would stay in place.').actors).toContain('Iran');
  });
});

describe('findNames on outlets named by their context', () => {
  it.each([
    ['A tribal elder told The Levant Observer that the fighters had left.', 'The Levant Observer'],
    ['In an interview with The Sentinel, the commander said the front was calm.', 'The Sentinel'],
    ['Abu Khaled, a reporter for the local news network Raqqa 21, said the bridge had been destroyed.', 'Raqqa 21'],
    ['The footage was first aired by the channel Halab Today on Monday.', 'Halab Today'],
  ])('finds the outlet in %j', (text, outlet) => {
    expect(one(text).actors).toContain(outlet);
  });

  it.each([
    ['The detainees were handed to The Hague tribunal in March.'],
    ['The network said on Monday that the bridge had been destroyed.'],
  ])('finds no outlet in %j', (text) => {
    expect(one(text).actors).toEqual([]);
  });
});
