/** Hands every page the data its frame needs, worked out once per build (see layoutData). */
import { defineMiddleware } from 'astro:middleware';
import { layoutData } from './lib/site-data';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.linli = await layoutData();
  return next();
});
