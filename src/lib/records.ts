/**
 * 活动台账: the activities that took place, with their counts, as the office reports them to the
 * 街道. Worked out once, here, from the content: `/records/`, each team's page, the home page, the
 * workbook and the CSV all show these numbers, so they cannot disagree.
 *
 * Hours are kept in tenths (whole numbers) while adding up, so 0.1 + 0.2 is 0.3 and a month's
 * total equals the sum of its rows to the digit. Cancelled and postponed activities never count.
 */
import { cstParts, isoDateCst } from './time';
import { eventStatus, type EventTimes, type StatusOverride } from './status';
import { urls } from './urls';

/** What the 台账 reads of an activity (its content entry's data, with names looked up). */
export interface RecordSource {
  slug: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  status?: StatusOverride | undefined;
  location: string;
  /** The team's and the category's names, as residents read them; the team's address too. */
  team?: string | undefined;
  teamSlug?: string | undefined;
  category: string;
  photos: number;
  record?:
    | {
        volunteers?: number | undefined;
        served?: number | undefined;
        servedWho?: string | undefined;
        hours?: number | undefined;
        recorder?: string | undefined;
        media?: { name: string; url?: string | undefined }[] | undefined;
        reportedTo?: string | undefined;
        reportedOn?: Date | undefined;
      }
    | undefined;
}

/** What an ended activity's record still lacks; the office's to-do list. */
export const GAPS = ['counts', 'hours', 'photos', 'report'] as const;
export type Gap = (typeof GAPS)[number];

export interface RecordRow {
  slug: string;
  url: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  /** `2027-03-05`, Beijing time: the day it took place. */
  date: string;
  year: number;
  month: number;
  location: string;
  team?: string | undefined;
  teamSlug?: string | undefined;
  category: string;
  volunteers?: number | undefined;
  served?: number | undefined;
  servedWho?: string | undefined;
  /** Hours each volunteer served: as written, or the activity's own length. */
  hours?: number | undefined;
  /** Whether `hours` is the activity's length (not written by the office). */
  hoursFromTimes: boolean;
  /** Volunteers × hours; unknown while either is. */
  totalHours?: number | undefined;
  photos: number;
  media: { name: string; url?: string | undefined }[];
  recorder?: string | undefined;
  reportedTo?: string | undefined;
  reportedOn?: string | undefined;
  gaps: Gap[];
}

export interface Totals {
  activities: number;
  /** 志愿服务人次: the volunteers of every activity added up. */
  volunteers: number;
  served: number;
  /** 服务总时长, hours. */
  hours: number;
  photos: number;
  /** Activities whose record still lacks something. */
  incomplete: number;
}

export interface Group {
  name: string;
  total: Totals;
}

export interface MonthBook {
  month: number;
  rows: RecordRow[];
  total: Totals;
}

export interface YearBook {
  year: number;
  rows: RecordRow[];
  months: MonthBook[];
  byTeam: Group[];
  byCategory: Group[];
  total: Totals;
}

const tenths = (hours: number) => Math.round(hours * 10);

/** An activity's own length in hours (one decimal); unknown without an end. */
export function durationHours(e: Pick<EventTimes, 'start' | 'end'>): number | undefined {
  if (!e.end) return undefined;
  return Math.max(0, tenths((e.end.getTime() - e.start.getTime()) / 3_600_000)) / 10;
}

/** Whether an activity belongs in the 台账: it took place (is over), and was not called off or moved. */
export function tookPlace(e: EventTimes, now: Date): boolean {
  return !e.status && eventStatus(e, now) === 'ended';
}

export function recordRow(e: RecordSource): RecordRow {
  const r = e.record ?? {};
  const length = durationHours(e);
  const hours = r.hours ?? length;
  const totalHours = r.volunteers !== undefined && hours !== undefined ? tenths(r.volunteers * hours) / 10 : undefined;
  const gaps: Gap[] = [];
  if (r.volunteers === undefined || r.served === undefined) gaps.push('counts');
  if (hours === undefined) gaps.push('hours');
  if (e.photos === 0) gaps.push('photos');
  if (!r.reportedOn) gaps.push('report');
  const { year, month } = cstParts(e.start);
  return {
    slug: e.slug,
    url: urls.event(e.slug),
    title: e.title,
    start: e.start,
    end: e.end,
    date: isoDateCst(e.start),
    year,
    month,
    location: e.location,
    team: e.team,
    teamSlug: e.teamSlug,
    category: e.category,
    volunteers: r.volunteers,
    served: r.served,
    servedWho: r.servedWho,
    hours,
    hoursFromTimes: r.hours === undefined && length !== undefined,
    totalHours,
    photos: e.photos,
    media: r.media ?? [],
    recorder: r.recorder,
    reportedTo: r.reportedTo,
    reportedOn: r.reportedOn && isoDateCst(r.reportedOn),
    gaps,
  };
}

/** The totals of some rows; unknown counts add nothing. */
export function totalsOf(rows: RecordRow[]): Totals {
  let hours = 0;
  const t: Totals = { activities: rows.length, volunteers: 0, served: 0, hours: 0, photos: 0, incomplete: 0 };
  for (const r of rows) {
    t.volunteers += r.volunteers ?? 0;
    t.served += r.served ?? 0;
    hours += tenths(r.totalHours ?? 0);
    t.photos += r.photos;
    if (r.gaps.length) t.incomplete++;
  }
  t.hours = hours / 10;
  return t;
}

function groupBy(rows: RecordRow[], nameOf: (r: RecordRow) => string): Group[] {
  const groups = new Map<string, RecordRow[]>();
  for (const r of rows) groups.set(nameOf(r), [...(groups.get(nameOf(r)) ?? []), r]);
  return [...groups]
    .map(([name, list]) => ({ name, total: totalsOf(list) }))
    .sort((a, b) => b.total.activities - a.total.activities || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * The 台账, a year at a time (newest year first), each month's activities in the order they
 * took place. `noTeam` names the group of activities no team organised.
 */
export function recordBook(events: RecordSource[], now: Date, noTeam: string): YearBook[] {
  const rows = events
    .filter((e) => tookPlace(e, now))
    .map(recordRow)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const inYear = rows.filter((r) => r.year === year);
    const months = [...new Set(inYear.map((r) => r.month))].map((month) => {
      const list = inYear.filter((r) => r.month === month);
      return { month, rows: list, total: totalsOf(list) };
    });
    return {
      year,
      rows: inYear,
      months,
      byTeam: groupBy(inYear, (r) => r.team ?? noTeam),
      byCategory: groupBy(inYear, (r) => r.category),
      total: totalsOf(inYear),
    };
  });
}

/** One year's totals (zero when nothing took place), of everything or of one team (by its slug). */
export function yearTotals(book: YearBook[], year: number, teamSlug?: string): Totals {
  const rows = book.find((y) => y.year === year)?.rows ?? [];
  return totalsOf(teamSlug === undefined ? rows : rows.filter((r) => r.teamSlug === teamSlug));
}
