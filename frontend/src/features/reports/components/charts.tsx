import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import { formatPlain } from '../lib/format-figure';

// The charts, drawn as SVG by Recharts. Loaded on demand (React.lazy), so the rest of the dashboard does not wait
// for the charting library. Each is named by `title` and has a data table beside it for anyone who cannot see it.

// GOV.UK colours: brand blue for the data, the text colour for axes and labels.
const BLUE = '#1d70b8';
const TEXT = '#0b0c0c';
const GRID = '#b1b4b6';
const TICK = { fill: TEXT, fontSize: 14 };

export type ChartPoint = { label: string; value: number | null };

/** A figure's values over the years, as a line; a year without a figure is a gap. */
export function TrendLineChart({ title, points, unitSuffix }: { title: string; points: ChartPoint[]; unitSuffix: string }) {
  return (
    <LineChart
      responsive
      style={{ width: '100%', height: 170 }}
      data={points}
      margin={{ top: 10, right: 28, bottom: 0, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={TICK} stroke={TEXT} interval="preserveStartEnd" />
      <YAxis tick={TICK} stroke={TEXT} width={56} tickFormatter={(value: number) => formatPlain(value)} allowDecimals={false} />
      <Tooltip formatter={(value) => [`${formatPlain(Number(value))}${unitSuffix}`, 'Value']} />
      <Line type="linear" dataKey="value" stroke={BLUE} strokeWidth={3} dot={{ r: 4, fill: BLUE }} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
}

/** One figure by region, as horizontal bars with their values at the ends. */
export function RegionBarChart({ title, points, unitSuffix }: { title: string; points: ChartPoint[]; unitSuffix: string }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: '100%', height: points.length * 36 + 40 }}
      data={points}
      margin={{ top: 0, right: 64, bottom: 0, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={GRID} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tick={TICK} stroke={TEXT} tickFormatter={(value: number) => formatPlain(value)} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={TICK} stroke={TEXT} width={190} interval={0} />
      <Tooltip formatter={(value) => [`${formatPlain(Number(value))}${unitSuffix}`, 'Value']} cursor={{ fill: '#f3f2f1' }} />
      <Bar dataKey="value" fill={BLUE} isAnimationActive={false}>
        <LabelList dataKey="value" position="right" fill={TEXT} formatter={(value) => formatPlain(Number(value))} />
      </Bar>
    </BarChart>
  );
}
