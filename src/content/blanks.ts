/** Shared by the build's content check and the CMS's check before saving. */

/** Blank values (`end:` with nothing after it) count as not written; returns the blank keys. */
export function dropBlanks(data: Record<string, unknown>, prefix = ''): Set<string> {
  const blank = new Set<string>();
  for (const [k, v] of Object.entries(data)) {
    if (v === null || v === '') {
      delete data[k];
      blank.add(prefix + k);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const b of dropBlanks(v as Record<string, unknown>, `${prefix}${k}.`)) blank.add(b);
      // A contact whose name and phone were both cleared in the CMS is no contact at all.
      if (Object.keys(v).length === 0) delete data[k];
    }
  }
  return blank;
}
