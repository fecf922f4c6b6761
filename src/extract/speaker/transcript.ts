// Transcript turns ("MR PRICE: …", "QUESTION: …"): the labelled speaker holds the floor until the next label.
import type { Mention } from '../../types';
import { foldName } from '../../text/fold-name';

/** "MR PRICE:", "MS. PSAKI:", "DR SMITH:", or a bare upper-case name of three letters or more ("PRICE:") opening a paragraph. */
const SPEAKER_LABEL = /^(?:(?:MR|MRS|MS|DR|AMBASSADOR|SECRETARY|GENERAL|MINISTER)\.?\s+(\p{Lu}[\p{Lu}'’-]+)|(\p{Lu}[\p{Lu}'’-]{2,}(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}))\s*:\s/u;
/** A turn by the floor: a reporter's question or a moderator's line, which no one named speaks for. */
const FLOOR_LABEL = /^(?:QUESTION|Q|QUESTIONER|PARTICIPANT|REPORTER|JOURNALIST|MODERATOR|OPERATOR|AUDIENCE)\s*:\s/u;
/** A label names a person, never a section heading ("NOTE:", "UPDATE:") or an agency. */
const NOT_SPEAKERS = new Set(['NOTE', 'UPDATE', 'EDITOR', 'EDITORS', 'WATCH', 'READ', 'BREAKING', 'SOURCE', 'PHOTO', 'VIDEO']);

export type TranscriptTurn = { kind: 'speaker'; surname: string } | { kind: 'floor' } | null;

/** The turn a paragraph's opening label gives, or null when it has none. */
export function readTranscriptLabel(text: string): TranscriptTurn {
  if (FLOOR_LABEL.test(text)) return { kind: 'floor' };
  const m = SPEAKER_LABEL.exec(text);
  if (!m) return null;
  const words = (m[1] ?? m[2]!).split(/\s+/u);
  if (words.some((w) => NOT_SPEAKERS.has(w))) return null;
  return { kind: 'speaker', surname: words.at(-1)! };
}

/** Where a paragraph's speaker label ends ("MR PRICE:" → after the colon), or null when it opens with none. */
export function transcriptLabelEnd(text: string): number | null {
  const m = SPEAKER_LABEL.exec(text);
  return m && readTranscriptLabel(text)?.kind === 'speaker' ? m[0].trimEnd().length : null;
}

/**
 * Overrides speakers in a transcript: a labelled paragraph is its speaker's (resolved by surname to the fullest
 * person mentioned in the document, else the surname itself) and an unlabelled one continues the last turn; a
 * question from the floor keeps whatever source it reports. Documents with fewer than two labels are left as they are.
 */
export function applyTranscriptTurns(
  paragraphs: readonly { text: string; mentions: readonly Mention[] }[],
  speakers: (string | null)[],
): (string | null)[] {
  const turns = paragraphs.map((p) => readTranscriptLabel(p.text));
  if (turns.filter((t) => t !== null).length < 2) return speakers;
  const people = new Map<string, string>();
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      if (m.kind !== 'person') continue;
      const surname = foldName(m.canonical.split(/\s+/u).at(-1) ?? '');
      const known = people.get(surname);
      if (known === undefined || m.canonical.length > known.length) people.set(surname, m.canonical);
    }
  }
  // A question from the floor speaks for no one named, but may itself report a source ("the SDF says…").
  let current: string | undefined;
  return speakers.map((speaker, i) => {
    const turn = turns[i];
    if (turn?.kind === 'floor') current = undefined;
    else if (turn?.kind === 'speaker') {
      const folded = foldName(turn.surname);
      current = people.get(folded) ?? turn.surname.charAt(0) + turn.surname.slice(1).toLowerCase();
    }
    return current === undefined ? speaker : current;
  });
}
