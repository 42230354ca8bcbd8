const money = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const decimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 22500 → "£22,500" (whole pounds, as GOV.UK writes money). */
export function formatMoney(pounds: number | null | undefined): string {
  if (pounds === null || pounds === undefined || Number.isNaN(pounds)) return '';
  return money.format(pounds);
}

/** 84.5 → "84.5%", 100 → "100%". */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '';
  return `${decimal.format(percent)}%`;
}

/** 4.5 → "4.5 days", 1 → "1 day", 1500 → "1,500 days". */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || Number.isNaN(days)) return '';
  return `${decimal.format(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** 2.14 → "2.1 years ago", 1 → "1 year ago", 0.3 → "less than a year ago". */
export function formatYearsAgo(years: number | null | undefined): string {
  if (years === null || years === undefined || Number.isNaN(years)) return '';
  if (years < 1) return 'less than a year ago';
  const text = decimal.format(years);
  return `${text} ${text === '1' ? 'year' : 'years'} ago`;
}
