/**
 * Astro collections, derived from the content model (src/content/model.ts). Every collection is
 * filled by one loader that reads and checks all of `content/` at once, so references between files
 * (category, team, duplicate slugs) are checked before any page is built.
 */
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { dataFiles, markdownCollections, type MarkdownCollection } from './content/model';
import { defaultPaths, loadContent, type SiteContent } from './content/repository';

let pending: Promise<SiteContent> | undefined;
let watching = false;
/** The failed read already reported, so seven collections do not print the same report seven times. */
let reported: Promise<SiteContent> | undefined;

/** One read of `content/` per build, shared by all collections. */
function content(ctx: LoaderContext): Promise<SiteContent> {
  const paths = defaultPaths(fileURLToPath(ctx.config.root));
  if (ctx.watcher && !watching) {
    // Registered before any collection's own listener, so a change is read once, freshly.
    watching = true;
    ctx.watcher.add(paths.contentDir);
    ctx.watcher.on('all', (_event, file) => {
      if (file.startsWith(paths.contentDir)) pending = undefined;
    });
  }
  if (!pending) {
    pending = loadContent(paths);
    // Said once per read of the content, however many collections ask for it.
    void pending.then(
      (c) => {
        c.warnings.forEach((w) => ctx.logger.warn(`提醒：${w}`));
      },
      () => undefined,
    );
  }
  return pending;
}

function loader(fill: (c: SiteContent, ctx: LoaderContext) => void): Loader {
  return {
    name: 'linli-content',
    load: async (ctx) => {
      const refill = async () => {
        const c = await content(ctx);
        ctx.store.clear();
        fill(c, ctx);
      };
      await refill();
      // `astro dev`: re-read on every change; a mistake is reported and the last good content kept.
      ctx.watcher?.on('all', (_event, file) => {
        if (!file.startsWith(defaultPaths(fileURLToPath(ctx.config.root)).contentDir)) return;
        refill().catch((e: Error) => {
          if (reported === pending) return;
          reported = pending;
          ctx.logger.error(e.message);
        });
      });
    },
  };
}

/**
 * `schema` gives pages their types. The loader stores data already checked (and transformed) by
 * the same schema in repository.ts, so Astro's own `parseData` is not called again.
 */
function markdownCollection<S extends z.ZodType>(key: MarkdownCollection, schema: S) {
  return defineCollection({
    loader: loader((c, { store, generateDigest }) => {
      for (const e of c[key]) {
        store.set({
          id: e.slug,
          data: e.data as Record<string, unknown>,
          body: e.body,
          filePath: e.file,
          digest: generateDigest(e.body + JSON.stringify(e.data)),
          rendered: { html: e.html, metadata: { excerpt: e.excerpt } },
        });
      }
    }),
    schema,
  });
}

export const collections = {
  events: markdownCollection('events', markdownCollections.events.schema),
  stories: markdownCollection('stories', markdownCollections.stories.schema),
  articles: markdownCollection('articles', markdownCollections.articles.schema),
  teams: markdownCollection('teams', markdownCollections.teams.schema),
  pages: markdownCollection('pages', markdownCollections.pages.schema),
  site: defineCollection({
    loader: loader((c, { store }) => store.set({ id: 'site', data: c.site })),
    schema: dataFiles.site.schema,
  }),
  categories: defineCollection({
    // `order` keeps the order of categories.yml: the store itself does not.
    loader: loader((c, { store }) =>
      c.categories.forEach((cat, order) => store.set({ id: cat.id, data: { ...cat, order } })),
    ),
    schema: dataFiles.categories.schema.extend({ order: z.number() }),
  }),
  synonyms: defineCollection({
    loader: loader((c, { store }) => store.set({ id: 'synonyms', data: { groups: c.synonyms } })),
    schema: z.object({ groups: z.array(z.array(z.string())) }),
  }),
};
