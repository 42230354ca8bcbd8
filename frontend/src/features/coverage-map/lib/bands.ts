/** The years-since bands the map colours councils by. The five-year line is the coverage window's. */
export type Band = 'within-2-years' | 'within-5-years' | 'over-5-years' | 'none';

export type BandInfo = {
  band: Band;
  label: string;
  /** The hex and legend fill; blues for covered, orange and a hatched red-brown for not (colour-blind safe). */
  colour: string;
  /** Drawn hatched as well, so it never depends on colour alone. */
  hatched: boolean;
};

export const BANDS: BandInfo[] = [
  { band: 'within-2-years', label: 'Within 2 years', colour: '#1d4f91', hatched: false },
  { band: 'within-5-years', label: '2 to 5 years', colour: '#5ab4e5', hatched: false },
  { band: 'over-5-years', label: 'Over 5 years', colour: '#f0a830', hatched: false },
  { band: 'none', label: 'None recorded', colour: '#b5412a', hatched: true },
];

export function bandInfo(band: Band): BandInfo {
  return BANDS.find((info) => info.band === band) ?? BANDS[BANDS.length - 1];
}

/** "2025-02-28" minus 2 years → "2023-02-28"; 29 February becomes 28 February in a common year (as Java does). */
export function minusYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const target = year - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const lastDay = month === 2 ? (leap ? 29 : 28) : day;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/**
 * The band of a council whose last CPC or FPC was on `last` (if ever), measured at `asOf`. A challenge exactly two
 * years before is within 2 years; one on the first day of the five-year window (`windowStart`) is within 5.
 */
export function bandOf(last: string | undefined, asOf: string, windowStart = minusYears(asOf, 5)): Band {
  if (!last) return 'none';
  if (last >= minusYears(asOf, 2)) return 'within-2-years';
  if (last >= windowStart) return 'within-5-years';
  return 'over-5-years';
}
