// Decodes file bytes as UTF-8 text, rejecting binary, non-UTF-8 and empty content with a reason.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const SAMPLE_BYTES = 8192;

/** Share of control bytes (other than tab, newline, carriage return, form feed, escape) in the first 8 KB. */
function controlByteRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    else if (b === 0x7f) control++;
  }
  return n === 0 ? 0 : control / n;
}

/** Text with BOM stripped and line endings normalised to \n, or the reason it is not usable text. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 encoded (byte-order mark found); only UTF-8 is supported' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  if (controlByteRatio(bytes) > 0.1) return { ok: false, reason: 'binary file (mostly non-text bytes)' };
  let text: string;
  try {
    // ignoreBOM: true keeps the BOM in the output so we strip it ourselves, once.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `not valid UTF-8 (invalid byte sequence at byte offset ${firstInvalidOffset(bytes)})` };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, text };
}

function firstInvalidOffset(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest failing prefix; stream mode lets a prefix end inside a valid sequence.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  // The failure shows at the byte that breaks a sequence; report where that sequence starts.
  for (let k = 1; k <= 3 && lo - k >= 0; k++) {
    const b = bytes[lo - k] ?? 0;
    if (b >= 0xc0) return lo - k;
    if (b < 0x80) break;
  }
  return lo;
}
