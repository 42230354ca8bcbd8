import { Link, useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { ListResults } from '@/components/list-results';
import { BackLink } from '@/components/ui/back-link';
import { paths } from '@/config/paths';
import { useMetric } from '@/features/metrics/api/get-metrics';
import { useFigureRecords, type FigurePart } from '@/features/reports/api/get-figure-records';
import { FigureRecordsTable } from '@/features/reports/components/figure-records-table';
import { councilsText } from '@/features/reports/components/snapshots-section';
import { formatWhole, hasRecords, isPercentage } from '@/features/reports/lib/format-figure';
import { dashboardSearch, parseScopeSearch, scopeSearch } from '@/features/reports/lib/report-params';
import { isFinancialYear } from '@/features/reports/lib/years';
import { isApiError } from '@/lib/api/problem';
import { regionLabel } from '@/lib/reference-data';
import { pageNumber } from '@/lib/url-filters';
import { useDocumentTitle } from '@/lib/use-document-title';

const NOUNS: Record<string, [string, string]> = {
  'councils-engaged': ['council is', 'councils are'],
  'distinct-participants': ['person is', 'people are'],
};

/** "57 councils are counted in this figure", "45 records are counted in this percentage". */
function countSentence(kind: string, part: FigurePart, total: number): string {
  const [one, many] = NOUNS[kind] ?? ['record is', 'records are'];
  const what = isPercentage(kind as never)
    ? part === 'numerator'
      ? 'counted towards this percentage'
      : 'in the whole the percentage is of'
    : kind === 'days-sum'
      ? 'behind this figure (it is the sum of their days)'
      : 'counted in this figure';
  return `${formatWhole(total)} ${total === 1 ? one : many} ${what}`;
}

/** The records behind one figure of the annual report, a page at a time, each linked to its page. */
export function ReportFigureRoute() {
  const { year = '', metricKey = '' } = useParams();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const scope = parseScopeSearch(year, location.search);
  const part: FigurePart = params.get('part') === 'denominator' ? 'denominator' : 'numerator';
  const page = pageNumber(params.get('page'));
  const metric = useMetric(metricKey);
  const kind = metric.data?.data.kind;
  const listable = kind !== undefined && hasRecords(kind);
  const records = useFigureRecords({ scope, metricKey, part, page }, listable && isFinancialYear(year));
  const label = metric.data?.data.label ?? metricKey;
  const notFound = isApiError(metric.error, 404);
  const error = metric.error ?? records.error;
  useDocumentTitle(notFound ? 'Figure not found' : error ? 'Error: Records behind a figure' : `${label} – Annual report ${year}`);

  const partHref = (chosen: FigurePart) =>
    paths.reportFigure.getHref(year, metricKey, scopeSearch(scope, { part: chosen === 'denominator' ? chosen : undefined }));
  const pageHref = (number: number) =>
    paths.reportFigure.getHref(
      year,
      metricKey,
      scopeSearch(scope, { part: part === 'denominator' ? part : undefined, page: number > 1 ? String(number) : undefined }),
    );

  return (
    <>
      <BackLink to={paths.reports.getHref(dashboardSearch(scope))}>Back to the annual report</BackLink>
      {error && !notFound ? <ProblemSummary error={error} /> : null}
      <span className="govuk-caption-l">
        Annual report {year}
        {scope.region ? `, ${regionLabel(scope.region)}` : ''}
      </span>
      <h1 className="govuk-heading-l">{notFound ? 'Figure not found' : label}</h1>
      {notFound ? (
        <p className="govuk-body">There is no metric {metricKey}.</p>
      ) : metric.isPending ? (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      ) : !listable && kind ? (
        <p className="govuk-body" data-testid="no-records">
          {kind === 'attribute-share'
            ? 'This figure is a share of self-reported data, published in aggregate only: its people are not listed.'
            : 'This figure is a change on the previous year: see the records of the figure it compares.'}
        </p>
      ) : kind ? (
        <>
          <p className="govuk-body">
            Councils counted: {councilsText(scope.councils).toLowerCase()}.{' '}
            <Link className="govuk-link" to={paths.metric.getHref(metricKey)}>
              How this figure is counted
            </Link>
          </p>
          {isPercentage(kind) ? (
            <nav aria-label="Part of the percentage" className="govuk-!-margin-bottom-4">
              <ul className="govuk-list">
                {(['numerator', 'denominator'] as const).map((choice) => (
                  <li key={choice}>
                    <Link className="govuk-link" to={partHref(choice)} aria-current={part === choice ? 'page' : undefined}>
                      {choice === 'numerator' ? 'Those counted towards the percentage' : 'All those it is a percentage of'}
                    </Link>
                    {part === choice ? ' (shown)' : null}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <ListResults
            list={records}
            error={records.error}
            search={location.search}
            page={page}
            loadingText="Loading the records…"
            summarise={(_page, _size, _shown, total) => countSentence(kind, part, total)}
            pagesLabel="Pages of records"
            hrefForPage={pageHref}
          >
            {(items) => (
              <FigureRecordsTable
                records={items}
                caption={`Records behind “${label}”, ${year}, page ${records.data?.page ?? page}`}
                showDays={kind === 'days-sum'}
              />
            )}
          </ListResults>
        </>
      ) : null}
    </>
  );
}
