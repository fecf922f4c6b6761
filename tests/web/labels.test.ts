import { describe, expect, it } from 'vitest';
import { documentLabel } from '../../web/text/labels';

describe('documentLabel', () => {
  it.each([
    [{ id: 'a1', title: 'Shelling resumes', source: 'RT' }, 'Shelling resumes'],
    [{ id: 'a1', title: null, source: 'ARA News' }, 'Untitled article from ARA News'],
    [{ id: 'a1', title: null, source: null }, 'Untitled article'],
  ])('names %j as %s', (doc, label) => {
    expect(documentLabel(doc)).toBe(label);
  });
});
