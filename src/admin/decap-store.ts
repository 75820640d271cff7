/**
 * Decap's own state, read where its interface gives us no hook: whether a save just failed on a
 * field (save-notice.ts), which pictures the image library should list. The admin bundle imports
 * Decap's ES modules, so this is the store the running CMS uses, not a copy.
 */
import { store } from 'decap-cms-core/dist/esm/redux';
import { loadMedia } from 'decap-cms-core/dist/esm/actions/mediaLibrary';
import { addDraftEntryMediaFile } from 'decap-cms-core/dist/esm/actions/entries';

/** An Immutable.js map or list, as far as we read it. */
export interface Imm {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  isEmpty?(): boolean;
  toJS(): unknown;
  size?: number;
}

export interface DecapState {
  entryDraft: Imm;
  mediaLibrary: Imm;
  entries: Imm;
  config: Imm;
}

export const decapState = (): DecapState => store.getState() as DecapState;

/** Calls `listener` after every change of Decap's state. */
export const onDecapChange = (listener: (state: DecapState) => void): (() => void) =>
  store.subscribe(() => listener(decapState()));

interface MediaFile {
  id: string;
  [key: string]: unknown;
}

/**
 * The image library lists every picture on the site, however the form was opened. Inside a form
 * Decap lists the form's own copy of the library, taken when the form opened; a form opened
 * straight from its address (a reload, a bookmark) takes it before the library has loaded, from
 * a stale state (decap-cms-core 3.19 `createEmptyDraft`), and then says 未找到资源 although the
 * site has pictures. So the library is reloaded whenever it opens, and what the form's copy lacks
 * is added to it. Nothing here is saved: only pictures uploaded in the form are (`draft: true`).
 */
export function keepLibraryComplete(): void {
  let wasOpen = false;
  let adding = false; // each dispatch below calls this listener again
  onDecapChange((state) => {
    if (adding) return;
    const open = Boolean(state.mediaLibrary.get('isVisible'));
    if (open && !wasOpen && !state.mediaLibrary.get('isLoading')) store.dispatch(loadMedia());
    wasOpen = open;
    const entry = state.entryDraft.get('entry') as Imm | undefined;
    if (!open || !entry || entry.isEmpty?.()) return;
    const library = (state.mediaLibrary.get('files') ?? []) as MediaFile[];
    const inForm = new Set(
      ((entry.get('mediaFiles') as Imm | undefined)?.toJS() as MediaFile[] | undefined)?.map((f) => f.id),
    );
    // Each is put first in the form's list: added last to first, they keep the library's order.
    adding = true;
    try {
      for (const file of library.filter((f) => !inForm.has(f.id)).reverse())
        store.dispatch(addDraftEntryMediaFile(file));
    } finally {
      adding = false;
    }
  });
}
