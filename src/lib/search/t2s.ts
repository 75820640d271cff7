/**
 * Traditional → simplified, character by character, for queries forwarded from other groups
 * (義診, 詐騙, 垃圾分類). The table comes from OpenCC (scripts/gen-t2s.mjs); it is loaded with
 * the search code only when a query may need it (traditional.ts).
 */
import { T2S_PAIRS } from './t2s-table.ts';

let map: Map<string, string> | undefined;

export function toSimplified(text: string): string {
  if (!map) {
    map = new Map();
    const chars = [...T2S_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  }
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
