/**
 * Pictures just uploaded in the CMS, shown from the editor's own computer until they are published.
 * Decap keeps a new upload as a draft until the entry is saved, yet shows it from the site's address
 * (decap-cms #7587), where it is not yet: a broken thumbnail in the form and the preview. So the
 * files an editor picks are remembered here as local (blob:) addresses, by file name.
 */
import { decodedPath } from '../lib/urls';

const picked = new Map<string, string>();

/** Decap keeps an upload's name, but may change its case and spaces: compare names loosely. */
const key = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, '-');

const baseName = (path: string) => {
  const p = decodedPath(path);
  return p.slice(p.lastIndexOf('/') + 1);
};

/** Remembers every file chosen in any file input on the page (the media library's upload button). */
export function rememberUploads(): void {
  document.addEventListener(
    'change',
    (e) => {
      const input = e.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files) return;
      for (const file of input.files) picked.set(key(file.name), URL.createObjectURL(file));
    },
    true,
  );
}

/** The local address of a picture uploaded in this session, for a value such as `/uploads/a.jpg`. */
export function freshUpload(path: string | undefined): string | undefined {
  return path ? picked.get(key(baseName(path))) : undefined;
}
