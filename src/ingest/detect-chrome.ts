// Rules that recognise site chrome lines (menus, prompts, widgets, captions, captcha) by kind, not by text.
import type { ChromePatterns } from './chrome-patterns';
import { isHeadlineTicker } from './header-furniture';
import { countWords, endsLikeSentence, stripBullets, toComparisonKey } from './text-normalize';

const ICON = /icon/gi;
const NOT_LETTER = /[^\p{L}]+/u;
const CLAUSE_BREAK = /[,;!?.()|•]+|\s[–—-]\s/u;
const EDGE_NUMBER = /^\d+\s+|\s+\d+$/g;
const DONATION_AMOUNT = /^(?:[$€£₽¥]\s*\d[\d,.\s]*|\d[\d,.\s]*\s*(?:[$€£₽¥]|usd|eur|gbp|rub)\.?)$/iu;
const NAV_SEPARATOR = /^[|•·»>/–—-]+$/u;
/** A section name in a menu: capitalised, or a word in a non-Latin script (a language switch). */
const NAV_SECTION = /^(?:\p{Lu}[\p{L}\p{M}&'’-]*|[^\p{Script=Latin}\d\s]+)$/u;
const CAPTCHA = /^\s*([\p{L}\d]+)\s*[+\-−–×x*÷/]\s*([\p{L}\d]+)\s*=\s*(?:\?|_+|[\p{L}\d]+)?\s*$/iu;
/** A UI label is a word or two, perhaps with a count: anything longer is not one. */
const LABEL_MAX_WORDS = 6;

export type ChromeKind =
  | 'icon-strip'
  | 'ui-strip'
  | 'prompt'
  | 'label'
  | 'donation'
  | 'captcha'
  | 'caption'
  | 'embed'
  | 'teaser'
  | 'ticker';

/** A line dominated by "icon xxx" tokens, as left by scraped SVG sprite labels. */
export function isIconStrip(line: string, patterns: ChromePatterns): boolean {
  const icons = line.match(ICON)?.length ?? 0;
  if (icons < patterns.iconStripMinCount) return false;
  // Sprite labels glue words together ("checkicon chevron"), so count icons per word, not per token.
  return icons / Math.max(1, countWords(line)) >= 0.3 && !endsLikeSentence(line);
}

/** A line of UI words (share, menu, login…) with no sentence structure. */
export function isUiStrip(line: string, patterns: ChromePatterns): boolean {
  if (endsLikeSentence(line)) return false;
  const tokens = line.toLowerCase().split(NOT_LETTER).filter(Boolean);
  if (tokens.length < patterns.uiStripMinTokens) return false;
  const ui = tokens.filter((t) => patterns.uiWords.has(t)).length;
  return ui / tokens.length >= patterns.uiStripRatio;
}

/** A menu strip: a UI label ("Home", "Menu") followed only by capitalised or non-Latin section names. */
export function isNavStrip(line: string, patterns: ChromePatterns): boolean {
  if (endsLikeSentence(line)) return false;
  const tokens = line.split(/\s+/u).filter((t) => t !== '' && !NAV_SEPARATOR.test(t));
  if (tokens.length < 4 || tokens.length > 20) return false;
  const first = tokens[0]!.toLowerCase();
  if (!patterns.standalone.has(first) || !patterns.uiWords.has(first)) return false;
  return tokens.slice(1).every((t) => NAV_SECTION.test(t));
}

/** A short line with a clause that opens with a share/follow/comment/donate prompt. */
export function isPrompt(line: string, patterns: ChromePatterns): boolean {
  const text = stripBullets(line).toLowerCase();
  if (countWords(text, patterns.promptMaxWords) > patterns.promptMaxWords) return false;
  // Clause-initial only: "We share this concern" or a quotation containing the phrase stays body text.
  const clauses = [
    text,
    ...text
      .split(CLAUSE_BREAK)
      .map((c) => c.trim())
      .filter(Boolean),
  ];
  return clauses.some(
    (clause) => patterns.prompts.some((p) => clause.startsWith(p)) || patterns.promptPatterns.some((re) => re.test(clause)),
  );
}

/** A line that is only a UI label ("Share", "Advertisement", "12 Comments"). */
export function isStandaloneLabel(line: string, patterns: ChromePatterns): boolean {
  if (countWords(line, LABEL_MAX_WORDS) > LABEL_MAX_WORDS) return false;
  const key = toComparisonKey(stripBullets(line)).replace(EDGE_NUMBER, '');
  return key !== '' && patterns.standalone.has(key);
}

/** A donation-widget line that is just an amount ("2,500 $", "€10", "5 USD"). */
export function isDonationAmount(line: string): boolean {
  const s = line.trim();
  return DONATION_AMOUNT.test(s);
}

/** A captcha residue: a tiny arithmetic puzzle ("18 − two =", "3 + 4 = ?"). */
export function isCaptcha(line: string, patterns: ChromePatterns): boolean {
  const m = CAPTCHA.exec(line);
  if (!m) return false;
  const isOperand = (t: string | undefined) => t !== undefined && (/^\d{1,3}$/.test(t) || patterns.numberWords.has(t.toLowerCase()));
  return isOperand(m[1]) && isOperand(m[2]);
}

/** A photo caption or credit line ("… File photo", "(Photo: …)", "Image: …", "AFP/Name"). */
export function isCaption(line: string, patterns: ChromePatterns): boolean {
  const s = line.trim();
  return patterns.captionPatterns.some((re) => re.test(s));
}

/** The text or signature of a social post embedded in an article (its pic.twitter.com link, its "(@handle) date" line). */
export function isEmbeddedPost(line: string, patterns: ChromePatterns): boolean {
  const s = line.trim();
  return patterns.embedPatterns.some((re) => re.test(s));
}

/** An in-body pointer to another page ("Read also: <headline>", "قد يهمك: …"). */
export function isTeaser(line: string, patterns: ChromePatterns): boolean {
  const s = line.trim();
  return patterns.teaserPatterns.some((re) => re.test(s));
}

/** The kind of chrome a line is, or null when it may be body text. */
export function detectChrome(line: string, patterns: ChromePatterns): ChromeKind | null {
  if (isIconStrip(line, patterns)) return 'icon-strip';
  if (isUiStrip(line, patterns) || isNavStrip(line, patterns)) return 'ui-strip';
  if (isDonationAmount(line)) return 'donation';
  if (isCaptcha(line, patterns)) return 'captcha';
  if (isStandaloneLabel(line, patterns)) return 'label';
  if (isTeaser(line, patterns)) return 'teaser';
  if (isPrompt(line, patterns)) return 'prompt';
  if (isCaption(line, patterns)) return 'caption';
  if (isEmbeddedPost(line, patterns)) return 'embed';
  if (isHeadlineTicker(line)) return 'ticker';
  return null;
}

const SELF_DESCRIPTION_VERBS = /^(?:provides|offers|covers|tracks|examines|summari[sz]es|brings|is an? (?:daily|weekly|monthly|regular))\b/iu;

/**
 * A standing blurb in which the publication describes itself ("The Iran Update provides insights…"):
 * the line's subject is the name the title opens with (the part before a comma, colon or dash).
 */
export function isSelfDescription(line: string, title: string | null): boolean {
  if (title === null) return false;
  const name = title.split(/[,:|–—]|\s-\s/u)[0]!.trim();
  if (countWords(name, 6) < 2 || countWords(name, 6) > 6) return false;
  const lower = line.toLowerCase();
  for (const lead of [`the ${name.toLowerCase()} `, `${name.toLowerCase()} `]) {
    if (lower.startsWith(lead)) return SELF_DESCRIPTION_VERBS.test(line.slice(lead.length));
  }
  return false;
}

/**
 * The publisher's standing blurb about itself ("MENAFN provides the information…", "Rise Up Times is a…"): a line
 * whose subject is the outlet (its name, or its domain's name) followed by a self-describing verb.
 */
export function isOutletBlurb(line: string, source: string | null): boolean {
  if (source === null) return false;
  const name = source.replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/iu, '').toLowerCase();
  if (name.length < 3) return false;
  const lower = line.toLowerCase();
  for (const lead of [`the ${name} `, `${name} `]) {
    if (lower.startsWith(lead)) return SELF_DESCRIPTION_VERBS.test(line.slice(lead.length)) || /^is (?:a|an|the)\b/iu.test(line.slice(lead.length));
  }
  return false;
}
