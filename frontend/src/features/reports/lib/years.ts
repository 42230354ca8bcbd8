import { financialYearOf } from '@/lib/financial-year';

/** The first year the annual report is offered for: the demo data and the LGA's computed reports start then. */
export const FIRST_REPORT_YEAR = '2021-22';

/** How many years a trend chart shows, ending with the chosen year. */
export const TREND_YEARS = 5;

const FINANCIAL_YEAR = /^(\d{4})-(\d{2})$/;

function yearFrom(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Whether `text` is a financial year as the API writes it ("2024-25": the second year follows the first). */
export function isFinancialYear(text: string | undefined | null): text is string {
  const match = FINANCIAL_YEAR.exec(text ?? '');
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The years the report can be chosen for, newest first: this financial year back to 2021-22. */
export function reportYears(today = new Date()): string[] {
  const current = Number(financialYearOf(today).slice(0, 4));
  const first = Number(FIRST_REPORT_YEAR.slice(0, 4));
  const years: string[] = [];
  for (let start = current; start >= first; start -= 1) years.push(yearFrom(start));
  return years;
}

/** The year before: "2024-25" → "2023-24". */
export function previousYear(year: string): string {
  return yearFrom(Number(year.slice(0, 4)) - 1);
}

/** The years of a trend ending with `year`, oldest first: at most five, none before 2021-22. */
export function trendYears(year: string): string[] {
  const last = Number(year.slice(0, 4));
  const first = Math.max(last - TREND_YEARS + 1, Number(FIRST_REPORT_YEAR.slice(0, 4)));
  const years: string[] = [];
  for (let start = first; start <= last; start += 1) years.push(yearFrom(start));
  return years;
}

/**
 * The reports a trend needs: every figure of a report carries the year before's value too, so the reports of every
 * other year, newest first, cover them all (five years: the year's own, two and four years before).
 */
export function reportsForTrend(year: string): string[] {
  const years = trendYears(year).reverse();
  return years.filter((_, index) => index % 2 === 0);
}
