// Checks that an HTML snippet is inert: only <mark> and </mark> are markup, every other '<', '>' and '&' is escaped.
const ENTITY = /^&(amp|lt|gt|quot|#39);/;
const DECODE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Why `snippet` is not safe HTML, or null when it is. */
export function findSnippetProblem(snippet: string): string | null {
  let depth = 0;
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i];
    if (ch === '<') {
      if (snippet.startsWith('<mark>', i)) {
        if (depth++ !== 0) return `nested <mark> at ${i}`;
        i += 5;
      } else if (snippet.startsWith('</mark>', i)) {
        if (depth-- !== 1) return `unbalanced </mark> at ${i}`;
        i += 6;
      } else {
        return `unescaped '<' at ${i}`;
      }
    } else if (ch === '>') {
      return `unescaped '>' at ${i}`;
    } else if (ch === '&' && !ENTITY.test(snippet.slice(i))) {
      return `bare '&' at ${i}`;
    }
  }
  return depth === 0 ? null : 'unclosed <mark>';
}

/** The plain text a snippet shows: marks removed, entities decoded, window ellipses dropped. */
export function snippetText(snippet: string): string[] {
  const plain = snippet.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => DECODE[e]!);
  return plain
    .replace(/^… /, '')
    .replace(/ …$/, '')
    .split(' … ')
    .filter((part) => part !== '');
}
