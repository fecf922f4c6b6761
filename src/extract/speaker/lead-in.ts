// A paragraph that ends on a colon ("قال فيها:", "Lavrov said:") introduces the words of the paragraph after it, and
// of the list items that follow (a statement's points set out as "- …" lines).
import type { SpeakerCandidate } from './history';

/** A list item's opening mark: a dash, a bullet or a number ("- ", "• ", "2. ", "٣) "). */
const LIST_ITEM = /^\s*(?:[-–—•*▪●]\s|[\d٠-٩]{1,2}[.)-]\s)/u;
const COLONS = new Set([':', '：']);
const WHITESPACE = /\s/u;

/** Whether `text` introduces the paragraph after it. */
export function endsOnColon(text: string): boolean {
  // Read from the end: a pattern anchored at the end would be tried at every character of every paragraph.
  let at = text.length - 1;
  while (at >= 0 && WHITESPACE.test(text[at]!)) at--;
  return at >= 0 && COLONS.has(text[at]!);
}

/** Whether `text` is an item of a list. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/**
 * Who a lead-in still open after the paragraph `text` credits: the paragraph's own speaker when it ends on a colon;
 * the lead-in's speaker, carried, while list items go on under it; null otherwise.
 */
export function openLeadIn(text: string, speaker: SpeakerCandidate | null, carried: boolean): SpeakerCandidate | null {
  if (endsOnColon(text)) return speaker;
  return carried && isListItem(text) ? speaker : null;
}
