// The service's day is the UK's day, as on the server (Europe/London), not the browser's or UTC's.
const UK_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The financial year (April to March) a moment falls in, in UK time, written as the API writes it: "2024-25". */
export function financialYearOf(date: Date): string {
  const [year, month] = isoToday(date).split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
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

/** The UK date of a moment (by default now) as an ISO date: "2025-03-31". */
export function isoToday(now = new Date()): string {
  return UK_DATE.format(now);
}
