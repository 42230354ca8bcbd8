import { Link, useLocation, useParams } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { HistoryLink } from '@/components/history/history-link';
import { BackLink } from '@/components/ui/back-link';
import { DeleteRecord } from '@/components/ui/confirm-delete';
import { paths } from '@/config/paths';
import { useProgramme } from '@/features/programmes/api/get-programme';
import { useDeleteProgramme } from '@/features/programmes/api/save-programme';
import { DeliverablesSection } from '@/features/programmes/components/deliverables-section';
import { ProgrammeSummary } from '@/features/programmes/components/programme-summary';
import { programmeYears } from '@/features/programmes/lib/form';
import { isApiError } from '@/lib/api/problem';
import { financialYearOf } from '@/lib/financial-year';
import { useIsStaff } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

const FINANCIAL_YEAR = /^\d{4}-\d{2}$/;

/** The lists of a programme's records, filtered by it (each list page reads `?programme=`). */
function recordLinks(id: string) {
  const query = `?programme=${encodeURIComponent(id)}`;
  return [
    { text: 'Events', href: `/events${query}` },
    { text: 'Cohorts', href: `/cohorts${query}` },
    { text: 'Support engagements', href: `/support-engagements${query}` },
  ];
}

export function ProgrammeRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const programme = useProgramme(id);
  const remove = useDeleteProgramme(id);
  const isStaff = useIsStaff();
  const notFound = isApiError(programme.error, 404);
  const data = programme.data?.data;

  const current = financialYearOf(new Date());
  const asked = new URLSearchParams(location.search).get('financialYear')?.trim() ?? '';
  const financialYear = FINANCIAL_YEAR.test(asked) ? asked : current;

  useDocumentTitle(
    notFound ? 'Programme not found' : programme.error ? 'Error: Programme' : `${data?.name ?? 'Programme'} – Programmes`,
  );
  const backLink = <BackLink to={paths.programmes.getHref()}>Back to programmes</BackLink>;

  if (notFound) {
    return (
      <>
        {backLink}
        <h1 className="govuk-heading-l">Programme not found</h1>
        <p className="govuk-body">There is no programme {id}. It may have been deleted.</p>
      </>
    );
  }
  if (!data) {
    return (
      <>
        {backLink}
        {programme.error ? <ProblemSummary error={programme.error} /> : null}
        <h1 className="govuk-heading-l">Programme</h1>
        {programme.error ? null : (
          <p className="govuk-body" role="status">
            Loading programme…
          </p>
        )}
      </>
    );
  }

  const years = programmeYears(data.activeFrom, data.activeTo, current);
  if (!years.includes(financialYear)) years.unshift(financialYear);
  years.sort((a, b) => b.localeCompare(a));

  return (
    <>
      {backLink}
      <span className="govuk-caption-l">{data.themeLabel}</span>
      <h1 className="govuk-heading-l">{data.name}</h1>

      <h2 className="govuk-heading-l">Details</h2>
      <ProgrammeSummary programme={data} canChange={isStaff} />

      <DeliverablesSection programme={data} financialYear={financialYear} years={years} canManage={isStaff} />

      <h2 className="govuk-heading-m govuk-!-margin-top-6">Records of this programme</h2>
      <ul className="govuk-list" data-testid="programme-records">
        {recordLinks(data.id).map((link) => (
          <li key={link.href}>
            <Link className="govuk-link" to={link.href}>
              {link.text}
              <span className="govuk-visually-hidden"> of {data.name}</span>
            </Link>
          </li>
        ))}
      </ul>

      {isStaff ? (
        <>
          <HistoryLink to={paths.programmeHistory.getHref(data.id)} />
          <DeleteRecord
            noun="programme"
            mutation={remove}
            etag={programme.data?.etag ?? ''}
            onReload={() => void programme.refetch()}
            done={{ to: paths.programmes.getHref(), notice: `Programme deleted: ${data.name}` }}
          >
            Delete the programme “{data.name}”? Only a programme that nothing refers to can be deleted: one with
            targets, events, cohorts or support engagements is ended instead, by changing its active years.
          </DeleteRecord>
        </>
      ) : null}
    </>
  );
}
