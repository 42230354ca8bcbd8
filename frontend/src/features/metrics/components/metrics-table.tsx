import { Link } from 'react-router';

import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';

import type { Metric } from '../api/get-metrics';
import { labelOf, METRIC_UNITS } from '../lib/reference-data';

/** The metrics by section, in report order: a table per section. */
export function MetricsBySection({ metrics }: { metrics: Metric[] }) {
  const sections = new Map<string, Metric[]>();
  for (const metric of metrics) sections.set(metric.section, [...(sections.get(metric.section) ?? []), metric]);
  return (
    <>
      {[...sections].map(([section, items]) => (
        <Table<Metric>
          key={section}
          caption={section}
          captionSize="m"
          rows={items}
          rowKey={(metric) => metric.key}
          columns={[
            { header: 'Position', numeric: true, cell: (metric) => metric.position },
            {
              header: 'Metric',
              rowHeader: true,
              cell: (metric) => (
                <>
                  <Link className="govuk-link" to={paths.metric.getHref(metric.key)}>
                    {metric.label}
                  </Link>
                  <span className="app-block govuk-body-s govuk-!-margin-bottom-0">
                    <code>{metric.key}</code>
                  </span>
                </>
              ),
            },
            { header: 'Kind', cell: (metric) => metric.kindLabel },
            { header: 'Unit', cell: (metric) => labelOf(METRIC_UNITS, metric.unit) },
            { header: 'Version', numeric: true, cell: (metric) => metric.version },
          ]}
        />
      ))}
    </>
  );
}
