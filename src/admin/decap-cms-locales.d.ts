declare module 'decap-cms-locales' {
  /** Decap's Chinese (simplified) interface phrases. */
  export const zh_Hans: Record<string, unknown>;
}
