/**
 * Astro collections, derived from the content model (src/content/model.ts). Every collection is
 * filled by one loader that reads and checks all of `content/` at once, so references between files
 * (category, team, duplicate slugs) are checked before any page is built.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dataFiles, markdownCollections } from './content/model';
import { defaultPaths, loadContent, type SiteContent } from './content/repository';

let pending: Promise<SiteContent> | undefined;

/** One read of `content/` per build, shared by all collections; re-read when a file changes in dev. */
function content(ctx: LoaderContext): Promise<SiteContent> {
  if (!pending) {
    const paths = defaultPaths(ctx.config.root.pathname);
    pending = loadContent(paths);
    ctx.watcher?.add(paths.contentDir);
    ctx.watcher?.on('all', (_event, file) => {
      if (file.startsWith(paths.contentDir)) pending = undefined;
    });
  }
  return pending;
}

function loader(fill: (c: SiteContent, ctx: LoaderContext) => void): Loader {
  return {
    name: 'linli-content',
    load: async (ctx) => {
      const c = await content(ctx);
      ctx.store.clear();
      fill(c, ctx);
    },
  };
}

function markdownCollection<K extends keyof typeof markdownCollections>(key: K) {
  return defineCollection({
    loader: loader((c, { store }) => {
      for (const e of c[key]) {
        store.set({ id: e.slug, data: e.data as Record<string, unknown>, body: e.body, filePath: e.file, rendered: { html: e.html } });
      }
    }),
    schema: markdownCollections[key].schema,
  });
}

export const collections = {
  events: markdownCollection('events'),
  stories: markdownCollection('stories'),
  articles: markdownCollection('articles'),
  teams: markdownCollection('teams'),
  pages: markdownCollection('pages'),
  site: defineCollection({
    loader: loader((c, { store }) => store.set({ id: 'site', data: c.site })),
    schema: dataFiles.site.schema,
  }),
  categories: defineCollection({
    loader: loader((c, { store }) => c.categories.forEach((cat) => store.set({ id: cat.id, data: cat }))),
    schema: dataFiles.categories.schema,
  }),
};
