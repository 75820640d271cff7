/**
 * A year of the 台账 as files for 上报: a workbook (`/records/<year>.xlsx`, made with exceljs) and a
 * CSV (`/records/<year>.csv`). Both hold the numbers src/lib/records.ts worked out, as numbers.
 *
 * The CSV is UTF-8 with a byte-order mark and CRLF line ends: without the mark, Excel on Windows
 * reads UTF-8 Chinese as 乱码.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ui } from '../i18n/zh-CN';
import type { RecordRow, Totals, YearBook } from './records';

const c = ui.records.columns;

/** The columns of 活动明细, in the workbook and the CSV alike. */
const ROW_COLUMNS: { head: string; value: (r: RecordRow, origin: string) => string | number | undefined }[] = [
  { head: c.date, value: (r) => r.date },
  { head: c.title, value: (r) => r.title },
  { head: c.location, value: (r) => r.location },
  { head: c.team, value: (r) => r.team ?? ui.records.noTeam },
  { head: c.category, value: (r) => r.category },
  { head: c.volunteers, value: (r) => r.volunteers },
  { head: c.servedWho, value: (r) => r.servedWho },
  { head: c.served, value: (r) => r.served },
  { head: c.hours, value: (r) => r.hours },
  { head: c.totalHours, value: (r) => r.totalHours },
  { head: c.photos, value: (r) => r.photos },
  { head: c.media, value: (r) => r.media.map((m) => m.name).join('；') || undefined },
  { head: c.reportedTo, value: (r) => r.reportedTo },
  { head: c.reportedOn, value: (r) => r.reportedOn },
  { head: c.recorder, value: (r) => r.recorder },
  { head: c.gaps, value: (r) => r.gaps.map((g) => ui.records.gaps[g]).join('、') || undefined },
  { head: c.url, value: (r, origin) => new URL(r.url, origin).href },
];

const TOTAL_HEADS = [c.activities, c.volunteerTimes, c.served, c.totalHours, c.photos];
const totalCells = (t: Totals) => [t.activities, t.volunteers, t.served, t.hours, t.photos];

/** 活动明细 as rows of cells (the head first): what both files hold. */
export function recordTable(year: YearBook, origin: string): (string | number | undefined)[][] {
  return [ROW_COLUMNS.map((col) => col.head), ...year.rows.map((r) => ROW_COLUMNS.map((col) => col.value(r, origin)))];
}

/** How wide a column must be for its longest cell: a Chinese character takes two widths. */
function widthOf(cells: (string | number | undefined)[]): number {
  const width = (v: string | number | undefined) =>
    [...String(v ?? '')].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  return Math.min(60, Math.max(6, ...cells.map(width)) + 2);
}

function addSheet(book: ExcelJS.Workbook, name: string, rows: (string | number | undefined)[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map((v) => v ?? null));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: rows[0]!.length } };
  sheet.columns.forEach((column, i) => {
    column.width = widthOf(rows.map((r) => r[i]));
  });
}

/** The year's workbook: 活动明细, 按月汇总, 按服务队汇总, 按分类汇总. */
export async function recordWorkbook(year: YearBook, origin: string, made: Date): Promise<ArrayBuffer> {
  const s = ui.records.book.sheets;
  const b = ui.records.book;
  const book = new ExcelJS.Workbook();
  book.creator = ui.records.book.title;
  book.created = made;
  book.modified = made;
  const summary = (head: string, groups: { name: string; total: Totals }[]) => [
    [head, ...TOTAL_HEADS],
    ...groups.map((g) => [g.name, ...totalCells(g.total)]),
    [b.yearTotal(year.year), ...totalCells(year.total)],
  ];
  addSheet(book, s.rows, recordTable(year, origin));
  addSheet(
    book,
    s.months,
    summary(
      c.month,
      year.months.map((m) => ({ name: b.month(m.month), total: m.total })),
    ),
  );
  addSheet(book, s.teams, summary(c.team, year.byTeam));
  addSheet(book, s.categories, summary(c.category, year.byCategory));
  // exceljs stamps each part of the file with the time it was written; the build's "now" instead,
  // so a build gives the same bytes whenever it runs (tests/build/kept-files.test.ts).
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  zip.forEach((_, part) => {
    part.date = made;
  });
  return zip.generateAsync({ type: 'arraybuffer', compression: 'DEFLATE' });
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (v: string | number | undefined) => {
  const text = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The year's 活动明细 as CSV, for Excel and WPS. */
export function recordCsv(year: YearBook, origin: string): string {
  return `\uFEFF${recordTable(year, origin)
    .map((row) => row.map(field).join(','))
    .join('\r\n')}\r\n`;
}
