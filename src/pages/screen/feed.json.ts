/** `/screen/feed.json`: what the lobby screen polls, so a rebuilt site reaches the TV by itself. */
import type { APIRoute } from 'astro';
import { screenFeed } from '../../lib/screen-feed';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await screenFeed()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
