// Splits a markdown file into its front matter fields and body, with gray-matter (YAML) doing the parsing.
import matter from 'gray-matter';

export interface FrontMatter {
  /** Lower-cased keys; `null` for empty, `null` or `~` values. Values are flattened to strings. */
  fields: Record<string, string | null>;
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** A YAML value as the flat string metadata takes: dates as YYYY-MM-DD (or full ISO with a time), lists joined. */
function flatten(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) {
    const items = value.map(flatten).filter((v): v is string => v !== null);
    return items.length === 0 ? null : items.join(', ');
  }
  if (typeof value === 'object') return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** Front matter between leading `---` lines; files without it (or without the closing fence) are all body. */
export function parseFrontMatter(text: string): FrontMatter {
  if (!OPENING.test(text)) return { fields: {}, body: text };
  const closing = CLOSING.exec(text.slice(3));
  if (closing === null) return { fields: {}, body: text };
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Options given so gray-matter does not keep every parsed file in its module-level cache.
    parsed = matter(text, { excerpt: false });
  } catch {
    // Front matter that is not YAML: the body is still the body.
    return { fields: {}, body: text.slice(3 + closing.index + closing[0].length) };
  }
  const fields: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(parsed.data ?? {})) fields[key.toLowerCase()] = flatten(value);
  return { fields, body: parsed.content };
}
