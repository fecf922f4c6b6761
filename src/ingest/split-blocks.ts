// Splits body text into candidate blocks: one per line, or per blank-line paragraph when lines are hard-wrapped.
import type { InputFormat } from '../types';

const LINE_END = /[.!?…:;"”’'»)\]]$/u;

/** Narrower lines are a stack of short items (a date, "Facebook Share", a byline), not text wrapped at a width. */
const MIN_WRAP_WIDTH = 40;
/** A line that opens with a heading or list mark ("# 12 February 2018") starts a block of its own. */
const BLOCK_MARK = /^\s*(?:#|[-*•]\s)/u;
const LETTER = /\p{L}/u;

/**
 * A group of lines looks hard-wrapped when its lines share one width (none longer than the wrap width,
 * inner lines close to it) and most of them break mid-sentence. A line without a letter ("23-09-2017, 21:03")
 * or with a block mark is never the continuation of a wrapped sentence.
 */
function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  if (lines.some((l, i) => !LETTER.test(l) || (i > 0 && BLOCK_MARK.test(l)))) return false;
  const inner = lines.slice(0, -1).map((l) => l.trimEnd());
  const widest = Math.max(...inner.map((l) => l.length));
  if (widest < MIN_WRAP_WIDTH || widest > 100 || inner.some((l) => l.length < 0.7 * widest)) return false;
  if ((lines[lines.length - 1] ?? '').trimEnd().length > widest + 2) return false;
  const open = inner.filter((l) => !LINE_END.test(l)).length;
  return open * 2 >= inner.length;
}

const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
const WHOLE_EMPHASIS = /^\s*([*_])(?!\1)[^*_].*[^*_]\1\s*$/;

/** Block-level markdown: drops image-only lines, rules and comments; strips heading, quote and list markers. */
function stripBlockMarkup(line: string): string | null {
  if (IMAGE_LINE.test(line)) return null;
  if (/^\s*<!--.*-->\s*$/.test(line)) return null;
  if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return null;
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
}

/** Inline markdown: links and images become their text, emphasis markers go. */
function stripInlineMarkup(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/** Candidate blocks in reading order; markdown markup is removed and soft-wrapped markdown lines joined. */
export function splitBlocks(text: string, format: InputFormat): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const groups = normalised.split(/\n[ \t\u00A0]*\n/).map((group) => group.split('\n').filter((l) => l.trim() !== ''));
  // Two stacked lines (a headline over a caption) look wrapped too; a page wrapped at a width wraps more than one group.
  const wrapped = format === 'md' || groups.length < 2 ? [] : groups.map(looksHardWrapped);
  const joinPairs = wrapped.filter(Boolean).length > 1;
  const blocks: string[] = [];
  let afterImage = false;
  for (const [g, group] of groups.entries()) {
    let lines = group;
    if (format === 'md') {
      // A line set wholly in emphasis right under an image is that image's caption.
      lines = lines.filter((line, i) => {
        const captioned = (i === 0 ? afterImage : IMAGE_LINE.test(lines[i - 1]!)) && WHOLE_EMPHASIS.test(line);
        return !captioned;
      });
      afterImage = lines.length > 0 && IMAGE_LINE.test(lines[lines.length - 1]!);
      const isList = lines.every((l) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(l));
      lines = lines.map(stripBlockMarkup).filter((l): l is string => l !== null && l.trim() !== '');
      if (!isList && lines.length > 1) lines = [lines.join(' ')];
      lines = lines.map(stripInlineMarkup);
    } else if (wrapped[g] && (lines.length > 2 || joinPairs)) {
      // Without blank lines the convention is one paragraph per line, so nothing is treated as wrapped.
      lines = [lines.join(' ')];
    }
    blocks.push(...lines);
  }
  return blocks;
}
