/**
 * Whether a query may hold traditional characters, from one bit per character (t2s-marks.ts,
 * 2.6 KB): only then does the search page fetch the conversion table (t2s.ts, 10 KB), which most
 * queries, typed in simplified characters, never need.
 */
import { BLOCKS, TRADITIONAL_MARKS } from './t2s-marks.ts';

let bits: Uint8Array | undefined;

export function mayBeTraditional(text: string): boolean {
  bits ??= Uint8Array.from(atob(TRADITIONAL_MARKS), (c) => c.charCodeAt(0));
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let offset = 0;
    for (const [from, to] of BLOCKS as [number, number][]) {
      if (cp >= from && cp <= to) {
        const bit = offset + cp - from;
        if (bits[bit >> 3]! & (1 << (bit & 7))) return true;
      }
      offset += to - from + 1;
    }
  }
  return false;
}
