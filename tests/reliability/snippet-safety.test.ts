import { describe, expect, it } from 'vitest';
import { findSnippetProblem, snippetText } from './snippet-safety';

describe('findSnippetProblem', () => {
  it.each([
    ['plain text', null],
    ['a <mark>hit</mark> &amp; &lt;b&gt; &quot;q&quot; &#39;s', null],
    ['<script>alert(1)</script>', "unescaped '<' at 0"],
    ['x <mark>a <mark>b</mark></mark>', 'nested <mark> at 10'],
    ['a </mark>', 'unbalanced </mark> at 2'],
    ['<mark>open', 'unclosed <mark>'],
    ['a > b', "unescaped '>' at 2"],
    ['fish & chips', "bare '&' at 5"],
    ['&amp x', "bare '&' at 0"],
    ['<MARK>x</MARK>', "unescaped '<' at 0"],
    ['<mark onclick=x>y</mark>', "unescaped '<' at 0"],
  ])('judges %j', (snippet, problem) => {
    expect(findSnippetProblem(snippet)).toBe(problem);
  });
});

describe('snippetText', () => {
  it('returns the visible text pieces of a windowed snippet', () => {
    expect(snippetText('… a <mark>b</mark> &lt;c&gt; …')).toEqual(['a b <c>']);
  });
});
