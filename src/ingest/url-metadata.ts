// What a page's address says about it: the publisher (its domain), the publication date and the headline (its path).
import { getDomain } from 'tldts';
import { canonicalOutlet, hostOf } from '../facets/outlet';
import { defaultDateWords } from './date-words';

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The registrable part of a host name ("m2.youm7.com" → "youm7.com", "news.bbc.co.uk" → "bbc.co.uk", "podii.in.ua"
 * stays whole) by the Public Suffix List (tldts), private suffixes included: a site hosted under a platform's domain
 * ("x.azurewebsites.net", "x.blogspot.com") is its own publisher, not the platform.
 */
export function registrableDomain(host: string): string {
  const bare = host.toLowerCase().replace(/\.$/, '');
  return getDomain(bare, { allowPrivateDomains: true }) ?? bare;
}

/** The publisher a URL names: a known outlet (src/facets/data/outlets.json), else its registrable domain ("newsopi.com"). */
export function outletFromUrl(url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (host === null || /^\d+(?:\.\d+){3}$/.test(host) || !host.includes('.')) return null;
  const known = canonicalOutlet({ url });
  return known !== null && known !== host ? known : registrableDomain(host);
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2040;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(year: number, month: number, day?: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A month written as a word in a path ("/2020/jun/17/"), by the publication-date month names (English ones in an address). */
function monthOfWord(word: string): number {
  return defaultDateWords.months.get(word.toLowerCase()) ?? 0;
}

/** A clock time of a timestamp (hours 00–23, minutes and seconds 00–59): what makes 14 digits surely a date. */
const CLOCK = '(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d';

/**
 * Date shapes of article paths, most precise first: /2020/02/27/, /2017/1/23/, /2020/jun/17/, /2019-02/16/,
 * /2024-12-10-, /20170917…, a 14-digit timestamp day first or year first (…-06112016135400), /2018/05/.
 */
const PATH_DATES: { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /(?:^|\/)((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$)/, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?:^|\/)((?:19|20)\d\d)\/([a-z]{3,9})\/(\d{1,2})(?=\/|$)/i, read: (m) => isoDate(+m[1]!, monthOfWord(m[2]!), +m[3]!) },
  { re: /(?:^|\/)((?:19|20)\d\d)-(\d\d)\/(\d{1,2})(?=\/|$)/, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?=[/_.-]|$)/, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\/((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{4})?(?=[/_.-])/, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: new RegExp(`(?<=[/_-])(\\d\\d)(\\d\\d)((?:19|20)\\d\\d)${CLOCK}(?=[/_.-]|$)`), read: (m) => isoDate(+m[3]!, +m[2]!, +m[1]!) },
  { re: new RegExp(`(?<=[/_-])((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)${CLOCK}(?=[/_.-]|$)`), read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { re: /(?:^|\/)((?:19|20)\d\d)\/(\d{1,2})(?=\/)/, read: (m) => isoDate(+m[1]!, +m[2]!) },
];

/** The publication date an article's address carries, ISO YYYY-MM-DD or YYYY-MM; null when it carries none. */
export function dateFromUrl(url: string | null | undefined): string | null {
  const parsed = url ? parse(url) : null;
  if (!parsed) return null;
  const path = parsed.pathname;
  for (const { re, read } of PATH_DATES) {
    const m = re.exec(path);
    const value = m ? read(m) : null;
    if (value !== null) return value.length === 7 ? dayFromStamp(path, value) ?? value : value;
  }
  return null;
}

/** A YYMMDD stamp in an article id ("…-180108200401410.html"). */
const SHORT_STAMP = /(?<!\d)(\d\d)(\d\d)(\d\d)(?:\d{6,9})?(?=[/_.-]|$)/g;

/**
 * The day a month-precise path ("/2018/01/") leaves out, from a YYMMDD stamp elsewhere in it whose year and month
 * agree ("/news/2018/01/…-180108200401410.html" → 2018-01-08); null without one.
 */
function dayFromStamp(path: string, yearMonth: string): string | null {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  for (const m of path.matchAll(SHORT_STAMP)) {
    if (Number(m[1]) === year % 100 && Number(m[2]) === month) return isoDate(year, month, Number(m[3]));
  }
  return null;
}

/** Words a slug must have to stand for a headline: fewer are ids or section names. */
const MIN_SLUG_WORDS = 4;

/**
 * A headline spelt out in the address's last readable segment ("/new-un-envoy-sees-opportunity/4788895.html" →
 * "new un envoy sees opportunity"), in the script the document is written in; null when the path holds none.
 */
export function titleFromUrl(url: string | null | undefined, sampleText: string): string | null {
  const parsed = url ? parse(url) : null;
  if (!parsed) return null;
  let segments: string[];
  try {
    segments = decodeURIComponent(parsed.pathname).split('/');
  } catch {
    return null;
  }
  const script = /\p{Script=Arabic}/u.test(sampleText) ? /\p{Script=Arabic}/u : /\p{Script=Cyrillic}/u.test(sampleText) ? /\p{Script=Cyrillic}/u : /[a-z]/i;
  for (const segment of segments.reverse()) {
    const words = segment
      .replace(/\.(?:html?|php|aspx?)$/i, '')
      .split(/[-_+]+/)
      // Ids are long digit runs or letters and digits mixed ("1503373316", "ryxhw009lxe"); "20" in "20-civilians" is a word.
      .filter((w) => w !== '' && !/^\d{5,}$/.test(w) && !/^(?=.*\d)(?=.*\p{L})[\p{L}\d]{5,}$/u.test(w));
    const lettered = words.filter((w) => /\p{L}/u.test(w));
    if (lettered.length < MIN_SLUG_WORDS || !lettered.every((w) => script.test(w))) continue;
    const title = words.join(' ');
    return title.charAt(0).toUpperCase() + title.slice(1);
  }
  return null;
}
