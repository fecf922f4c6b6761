// Splits a markdown file into its YAML-ish front matter fields and body.

export interface FrontMatter {
  /** Lower-cased keys; `null` for empty, `null` or `~` values. */
  fields: Record<string, string | null>;
  body: string;
}

function unquote(value: string): string | null {
  const v = value.trim();
  if (v === '' || v === '~' || v.toLowerCase() === 'null') return null;
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(v);
  if (m) {
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return m[1] ?? null;
    }
  }
  const single = /^'((?:[^']|'')*)'$/.exec(v);
  if (single) return (single[1] ?? '').replace(/''/g, "'");
  // Trailing YAML comment after unquoted scalars.
  return v.replace(/\s+#.*$/, '');
}

/** Front matter between leading `---` lines (flat `key: value` pairs); files without it are all body. */
export function parseFrontMatter(text: string): FrontMatter {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string | null> = {};
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    if (kv?.[1] !== undefined) fields[kv[1].toLowerCase()] = unquote(kv[2] ?? '');
  }
  return { fields, body: text.slice(m[0].length) };
}
