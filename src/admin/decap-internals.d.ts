/**
 * The few parts of Decap's own code the admin page reaches into (decap-store.ts). Decap publishes
 * no types for them; these say only what we use. Pinned by the lock file, checked by the CMS tests.
 */
declare module 'decap-cms-core/dist/esm/redux' {
  export const store: {
    getState(): unknown;
    subscribe(listener: () => void): () => void;
    dispatch(action: unknown): unknown;
  };
}
declare module 'decap-cms-core/dist/esm/actions/mediaLibrary' {
  export function loadMedia(options?: Record<string, unknown>): unknown;
}
declare module 'decap-cms-core/dist/esm/actions/entries' {
  export function addDraftEntryMediaFile(file: Record<string, unknown>): unknown;
}
