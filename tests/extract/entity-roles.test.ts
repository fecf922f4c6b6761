import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';

const extractor = createExtractor({ nlp: false });

function facetsOf(text: string): { actor: string[]; location: string[]; group: string[] } {
  const [mentions] = extractor.findDocumentMentions([text]);
  const pick = (facet: string) => [...new Set(mentions!.filter((m) => m.facet === facet).map((m) => m.canonical))];
  return { actor: pick('actor'), location: pick('location'), group: pick('group') };
}

describe('assignFacets', () => {
  it.each([
    ['Airstrikes hit targets in northern Syria.', 'Syria'],
    ['Thousands fled into Turkey last week.', 'Turkey'],
    ['Militants crossed from Iraq overnight.', 'Iraq'],
    ['The situation across Syria worsened.', 'Syria'],
    ['Fighters were seen in the north of Syria.', 'Syria'],
    ['Refugees returned to Syria from Lebanon.', 'Syria'],
    ['The source in Western Kurdistan (northeastern Syria) said so.', 'Syria'],
    ['Protests spread in Aleppo, Syria and beyond.', 'Syria'],
    ['ISIS members fled to other parts of Syria.', 'Syria'],
  ])('counts the state in "%s" as a location', (text, state) => {
    const facets = facetsOf(text);
    expect(facets.location).toContain(state);
    expect(facets.actor).not.toContain(state);
  });

  it.each([
    ['Russia wants to ramp up airstrikes.', 'Russia'],
    ['The US is asking for more time.', 'United States'],
    ['Russia and the US negotiated the truce.', 'United States'],
    ['He accused Turkey, Saudi Arabia, and Qatar of sponsoring terrorists.', 'Qatar'],
    ['Turkey’s transgressions on Syrian territory continue.', 'Turkey'],
    ['It was the refusal of the UK to act.', 'United Kingdom'],
    ['Damascus demanded an inquiry.', 'Syrian government'],
    ['Washington says moderate rebel groups mingle with terrorists.', 'United States'],
    ['The US is asking Moscow to postpone it.', 'Russia'],
  ])('counts the agent in "%s" as an actor', (text, actor) => {
    const facets = facetsOf(text);
    expect(facets.actor).toContain(actor);
    expect(facets.location).toEqual([]);
  });

  it('counts a capital after a locative preposition as a place only', () => {
    expect(facetsOf('Letters denounced attacks in Aleppo and Damascus.')).toEqual({ actor: [], location: ['Aleppo', 'Damascus'], group: [] });
  });

  it('counts "the regimes in" capitals as both places and their governments', () => {
    const facets = facetsOf('The other regimes sponsoring terrorism in Riyadh and Doha undermine the talks.');
    expect(facets.location).toEqual(['Riyadh', 'Doha']);
    expect(facets.actor).toEqual(['Saudi Arabia', 'Qatar']);
  });

  it('puts armed groups, organisations and people in their own facets', () => {
    expect(facetsOf('Maria Zakharova said the Syrian Arab Army and the SDF clashed while the UN Security Council met.')).toEqual({
      actor: ['Maria Zakharova', 'UN Security Council'],
      location: [],
      group: ['Syrian Arab Army', 'Syrian Democratic Forces'],
    });
  });

  it('does not turn nationality adjectives into entities', () => {
    expect(facetsOf('Syrian Kurds and Russian diplomats met Turkish journalists.')).toEqual({ actor: [], location: [], group: [] });
  });
});
