import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/extract/speaker/quotes';

describe('analyseQuotes', () => {
  it.each([
    ['“We will win,” he said.', 'open', true, false],
    ['He said: “We will win.', 'open', false, true],
    ['We will win.” he said.', 'close', false, false],
    ['“We will win.', 'open', true, true],
    ['No quotation here.', null, false, false],
    ['He said "we will win" loudly.', 'open', false, false],
    // A straight quote after a colon or a joined Arabic prefix opens.
    ['وتابعت قائلة:" في البداية حاولوا', 'open', false, true],
    ['أفاد المركز المعروف بـ"المرصد السوري', 'open', false, true],
    ['وصفه ب"العاقل" أمس', 'open', false, false],
    ['انتهى الاجتماع". وغادر الوفد', 'close', false, false],
  ] as const)('reads how %j opens and closes quotations', (text, firstMark, startsWithQuote, endsOpen) => {
    const layout = analyseQuotes(text);
    expect({ firstMark: layout.firstMark, startsWithQuote: layout.startsWithQuote, endsOpen: layout.endsOpen }).toEqual({
      firstMark,
      startsWithQuote,
      endsOpen,
    });
  });

  it.each([
    ['“We will win,” Lavrov said.', '" " Lavrov said.'],
    ['“Part of the “moderate” opposition,” he added.', '" " he added.'],
    ['Rebels “continue to shell the “silence regime” zone on August 31.”', 'Rebels " "'],
    ['We are convinced.” The talks go on.', ' " The talks go on.'],
  ])('blanks the quoted words of %j and keeps offsets', (text, masked) => {
    const layout = analyseQuotes(text);
    expect(layout.masked.replace(/ {2,}/g, ' ')).toBe(masked);
    expect(layout.masked).toHaveLength(text.length);
  });

  it('counts the words inside quotations', () => {
    expect(analyseQuotes('He called it “an alarming signal” and “a provocation”.').quotedWords).toBe(5);
  });
});
