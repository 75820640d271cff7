/** `/records/<year>.xlsx`: a year of the 台账 as a workbook for 上报 (src/lib/record-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { recordWorkbook } from '../../lib/record-files';
import { buildNow, getRecordBook, getSite } from '../../lib/site-data';
import type { YearBook } from '../../lib/records';

export const getStaticPaths = (async () =>
  (await getRecordBook()).map((year) => ({
    params: { year: String(year.year) },
    props: { year },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: YearBook }> = async ({ props }) =>
  new Response(await recordWorkbook(props.year, (await getSite()).url, buildNow()), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
