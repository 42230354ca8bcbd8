import type { components } from '@/lib/api/schema';

export type ReportFigure = components['schemas']['ReportFigure'];
export type MetricKind = components['schemas']['MetricKind'];
export type MetricUnit = components['schemas']['MetricUnit'];

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// Figures are written as the report's sentences write them (the API's Sentences): whole numbers with thousands
// separators, percentages to the nearest whole number as "per cent" (one decimal place where rounding would say 0 or
// 100 of something that is not), savings as "c. £1.5 million".

/** Half away from zero, as the API rounds (Java's HALF_UP), not JavaScript's half towards +∞. */
function roundHalfUp(value: number, places = 0): number {
  const factor = 10 ** places;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/** 1030 → "1,030". */
export function formatWhole(value: number): string {
  return whole.format(roundHalfUp(value));
}

/** 96 → "96 per cent"; 99.6 → "99.6 per cent" and 0.2 → "0.2 per cent" (rounding would mislead). */
export function formatPerCent(value: number): string {
  const rounded = roundHalfUp(value);
  const misleading = (rounded === 100 && value < 100) || (rounded === 0 && value > 0);
  return `${misleading ? oneDecimal.format(roundHalfUp(value, 1)) : whole.format(rounded)} per cent`;
}

/** 1500000 → "c. £1.5 million", 48200 → "c. £50,000", 8400 → "£8,400". */
export function formatSaving(pounds: number): string {
  if (pounds >= 1_000_000) {
    const millions = roundHalfUp(pounds / 1_000_000, 1);
    return `c. £${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(millions)} million`;
  }
  if (pounds >= 10_000) return `c. £${whole.format(roundHalfUp(pounds / 10_000) * 10_000)}`;
  return `£${formatWhole(pounds)}`;
}

/** A change on the previous year: "up 6", "down 3 percentage points", "no change". */
export function formatChange(difference: number, unit: MetricUnit): string {
  if (difference === 0) return 'no change';
  const amount =
    unit === 'per-cent' ? `${whole.format(roundHalfUp(Math.abs(difference)))} percentage points` : formatWhole(Math.abs(difference));
  return `${difference > 0 ? 'up' : 'down'} ${amount}`;
}

/** A figure's value as its sentence writes it, or "" for none. */
export function formatFigureValue(value: number | undefined, kind: MetricKind, unit: MetricUnit): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  if (kind === 'change-on-previous-year') return formatChange(value, unit);
  return unit === 'per-cent' ? formatPerCent(value) : formatWhole(value);
}

const UNIT_WORDS: Record<MetricUnit, [string, string]> = {
  councils: ['council', 'councils'],
  records: ['record', 'records'],
  people: ['person', 'people'],
  days: ['day', 'days'],
  'per-cent': ['', ''],
};

/** What the value counts, after it: "councils", "day"; nothing for a percentage (it says "per cent"). */
export function unitWords(value: number | undefined, kind: MetricKind, unit: MetricUnit): string {
  if (kind === 'change-on-previous-year' && unit === 'per-cent') return '';
  const [one, many] = UNIT_WORDS[unit];
  return value !== undefined && Math.abs(value) === 1 ? one : many;
}

/** A percentage's parts: "96 of 100"; "" when it is not a percentage. */
export function formatParts(figure: Pick<ReportFigure, 'numerator' | 'denominator'>): string {
  if (figure.numerator === undefined || figure.denominator === undefined) return '';
  return `${formatWhole(figure.numerator)} of ${formatWhole(figure.denominator)}`;
}

/** A number on a chart's axis or in its table: 1030 → "1,030", 96.4 → "96.4". */
export function formatPlain(value: number | undefined | null): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '';
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value);
}

/** Whether a figure's records can be listed: not a share of self-reported data (aggregate only), not a change. */
export function hasRecords(kind: MetricKind): boolean {
  return kind !== 'attribute-share' && kind !== 'change-on-previous-year';
}

/** Whether a figure is a percentage (with a numerator and a denominator whose records can both be listed). */
export function isPercentage(kind: MetricKind): boolean {
  return kind === 'survey-percentage' || kind === 'peer-challenge-percentage' || kind === 'attribute-share';
}
