import { describe, expect, it } from 'vitest';
import { applyTermSuggestion, removeEntityFragment } from '../../web/text/query-edit';

describe('applyTermSuggestion', () => {
  it.each([
    ['shel', 'shelling', 'shelling '],
    ['aleppo shel', 'aleppo shelling', 'aleppo shelling '],
    ['aleppo shel', 'shelling', 'aleppo shelling '],
    ['', 'shelling', 'shelling '],
  ])('turns %j with %j into %j', (q, suggestion, expected) => {
    expect(applyTermSuggestion(q, suggestion)).toBe(expected);
  });
});

describe('removeEntityFragment', () => {
  it.each([
    ['shelling sheikh maq', 'Sheikh Maqsoud', 'shelling'],
    ['zakh', 'Maria Zakharova', ''],
    ['attacks nusra', 'Jabhat al-Nusra', 'attacks'],
    ['aleppo attacks', 'ISIS', 'aleppo attacks'],
    ['Ḥalab', 'Halab', ''],
  ])('turns %j picking %j into %j', (q, entity, expected) => {
    expect(removeEntityFragment(q, entity)).toBe(expected);
  });
});
