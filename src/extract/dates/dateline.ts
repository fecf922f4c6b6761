// Where a wire-style dateline ("AMMAN (Reuters) -", "MOSCOW, March 5. /TASS/.", "Geneva –") opens a paragraph.

/** Upper-case place, optional ", region or date", then "(Outlet) -", "/Outlet/.", a dash or a colon ("MOSCOW:"). */
const CAPITALS_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}'’.]+(?:[ -]\p{Lu}[\p{Lu}\p{M}'’.]+){0,3}(?:,\s*[^,–—()/\n]{1,40}?)?\s*(?:\([^()\n]{2,40}\)\s*[–—-]|\/[^/\s][^/\n]{0,20}\/\.?|[–—:-])\s/u;
/** Title-case place, optional ", Outlet" or "(Outlet)", then an en or em dash ("Hama, SANA –", "Geneva –", "Damascus (AFP) –"). */
const TITLE_DATELINE =
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}|\s*\([^()\n]{2,40}\))?\s*[–—]\s/u;
/** A place in parentheses before a dash, as NGOs write datelines ("(Beirut) –"). */
const PARENTHESISED_DATELINE = /^\(\p{Lu}[\p{L}\p{M}'’.]*(?:[ -]\p{Lu}[\p{L}\p{M}'’.]*){0,2}\)\s*[–—-]\s/u;

/**
 * Length of the dateline opening `text`, or 0. A title-case opening counts only when `startsWithPlace` (the
 * first words name a known place): "Russia – which …" opens a sentence, "Geneva –" a dateline.
 */
export function findDatelineEnd(text: string, startsWithPlace: boolean): number {
  const capitals = CAPITALS_DATELINE.exec(text);
  if (capitals) return capitals[0].length;
  const parenthesised = PARENTHESISED_DATELINE.exec(text);
  if (parenthesised) return parenthesised[0].length;
  if (!startsWithPlace) return 0;
  return TITLE_DATELINE.exec(text)?.[0].length ?? 0;
}
