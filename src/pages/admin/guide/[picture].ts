/** /admin/guide/guide-*.png: the editor's guide's pictures (see src/lib/editor-guide.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { guidePicture, guidePictures } from '../../../lib/editor-guide';

export const getStaticPaths: GetStaticPaths = () => guidePictures().map((picture) => ({ params: { picture } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(guidePicture(String(params.picture))), { headers: { 'Content-Type': 'image/png' } });
