/** `/records/<year>.csv`: a year of the 台账 as CSV, UTF-8 with a BOM (src/lib/record-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordCsv } from '../../lib/record-files';
import { getRecordBook, getSite } from '../../lib/site-data';
import type { YearBook } from '../../lib/records';

export const getStaticPaths = (async () =>
  (await getRecordBook()).map((year) => ({
    params: { year: String(year.year) },
    props: { year },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearBook }> = async ({ props }) =>
  new Response(recordCsv(props.year, (await getSite()).url), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
