// Which of a page's candidate headline lines its address spells out: the slug is the headline the site chose.
import { transliterate } from 'transliteration';

/** Share of the slug's words a line must hold to be taken for the headline the slug spells. */
const MIN_SHARE = 0.5;
/** Slug words too common to tell one headline from another. */
const MIN_WORD_LENGTH = 3;

function words(text: string): Set<string> {
  const latin = /[\u0400-\u04ff]/u.test(text) ? transliterate(text) : text;
  return new Set(
    latin
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= MIN_WORD_LENGTH),
  );
}

/** The words of an address's slug: its wordiest path segment, decoded (percent-encoded Arabic and Cyrillic too). */
function slugWords(url: string): Set<string> {
  let segments: string[];
  try {
    segments = decodeURIComponent(new URL(url).pathname).split('/');
  } catch {
    return new Set();
  }
  let best = new Set<string>();
  for (const segment of segments) {
    const own = words(segment.replace(/\.(?:html?|php|aspx?)$/i, ''));
    if (own.size > best.size) best = own;
  }
  return best;
}

function sameWords(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((w) => b.has(w));
}

/** The line among `lines` whose words cover most of the slug's words (at least half), or null. */
export function lineMatchingUrl(lines: readonly string[], url: string | null): string | null {
  if (url === null || lines.length === 0) return null;
  const slug = slugWords(url);
  // A two-word slug ("diktator-ponevole") names a headline only when a line is those two words and no more.
  if (slug.size === 2) return lines.find((line) => sameWords(words(line), slug)) ?? null;
  if (slug.size < 3) return null;
  let best: string | null = null;
  let bestShare = MIN_SHARE;
  for (const line of lines) {
    // A sentence is body text even when it retells the headline; headlines end without a full stop.
    if (/[.…]["”»']?$/u.test(line)) continue;
    const own = words(line);
    let common = 0;
    for (const w of slug) if (own.has(w)) common++;
    const share = common / slug.size;
    if (share >= bestShare) {
      best = line;
      bestShare = share + 1e-9;
    }
  }
  return best;
}
