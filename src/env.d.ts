declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page. */
    linli: import('./lib/site-data').LayoutData;
  }
}

interface ImportMetaEnv {
  /** The address of the cached CMS bundle's entry script (src/integrations/admin-bundle.ts), in builds. */
  readonly LINLI_ADMIN_ENTRY: string | undefined;
  /** True in builds, which make the search index (src/integrations/search-index.ts); not under `astro dev`. */
  readonly LINLI_SEARCH_INDEX: boolean | undefined;
}

/** What the pages share with the rest of the build (src/integrations/build.ts). */
declare module 'virtual:linli/build' {
  /** The build's "now": read through buildNow() (src/lib/site-data.ts). */
  export const now: Date;
  /** What photo sizes' names start from (src/lib/photo-jobs.ts). */
  export const photoVersion: string;
}
