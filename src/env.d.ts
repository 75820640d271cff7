declare namespace App {
  interface Locals {
    /** Set by src/middleware.ts for every page. */
    linli: import('./lib/site-data').LayoutData;
  }
}
