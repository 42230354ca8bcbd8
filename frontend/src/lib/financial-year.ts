/** The financial year (April to March) a date falls in, written as the API writes it: "2024-25". */
export function financialYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 3 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The financial years a filter offers: next year, this year and the `past` before it, newest first. */
export function recentFinancialYears(today: Date, past = 5): string[] {
  const current = Number(financialYearOf(today).slice(0, 4));
  const years: string[] = [];
  for (let start = current + 1; start >= current - past; start -= 1) {
    years.push(`${start}-${String((start + 1) % 100).padStart(2, '0')}`);
  }
  return years;
}

/** Today as an ISO date ("2025-03-31"), in UTC like the API's dates. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
