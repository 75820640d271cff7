/** The QR code on the printed 活动安排: the site's home page, as a PNG. */
import type { APIRoute } from 'astro';
import { qrPng } from '../../lib/qr';
import { getSite } from '../../lib/site-data';
import { absolute, urls } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const { url } = await getSite();
  return new Response(new Uint8Array(await qrPng(absolute(url, urls.home()), 12)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
