import { lazy, Suspense, type ComponentProps } from 'react';

// The charting library is loaded only when a chart is first drawn.
const TrendLineChartLazy = lazy(() => import('./charts').then((module) => ({ default: module.TrendLineChart })));
const RegionBarChartLazy = lazy(() => import('./charts').then((module) => ({ default: module.RegionBarChart })));

function Loading() {
  return <p className="govuk-body-s app-chart-loading">Loading the chart…</p>;
}

export function TrendLineChart(props: ComponentProps<typeof TrendLineChartLazy>) {
  return (
    <Suspense fallback={<Loading />}>
      <TrendLineChartLazy {...props} />
    </Suspense>
  );
}

export function RegionBarChart(props: ComponentProps<typeof RegionBarChartLazy>) {
  return (
    <Suspense fallback={<Loading />}>
      <RegionBarChartLazy {...props} />
    </Suspense>
  );
}
