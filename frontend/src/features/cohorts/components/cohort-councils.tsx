import { Link } from 'react-router';

import { ProblemSummary } from '@/components/errors/problem-summary';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { regionLabel } from '@/lib/reference-data';

import { useCohortCouncils } from '../api/get-cohort';

/** The councils the participants come from (or, for placement programmes such as NGDP, are hosted by). */
export function CohortCouncils({ id }: { id: number }) {
  const councils = useCohortCouncils(id);
  return (
    <section aria-labelledby="councils-heading" data-testid="cohort-councils">
      <h2 className="govuk-heading-m" id="councils-heading">
        Councils
      </h2>
      <p className="govuk-body">
        The participants’ councils or, for placement programmes such as NGDP, the councils that host them.
      </p>
      {councils.error ? <ProblemSummary error={councils.error} /> : null}
      {councils.isPending ? (
        <p className="govuk-body" role="status">
          Loading the councils…
        </p>
      ) : (councils.data ?? []).length === 0 ? (
        <p className="govuk-body">No council yet: enrol a participant first.</p>
      ) : (
        <Table
          caption="Councils of this cohort’s participants"
          captionSize="hidden"
          rows={councils.data ?? []}
          rowKey={(row) => row.council.gssCode}
          columns={[
            {
              header: 'Council',
              rowHeader: true,
              cell: (row) => (
                <Link className="govuk-link" to={paths.council.getHref(row.council.gssCode)}>
                  {row.council.name}
                </Link>
              ),
            },
            { header: 'Region', cell: (row) => regionLabel(row.region) },
            { header: 'Participants', numeric: true, cell: (row) => row.participants },
            { header: 'Enrolled', numeric: true, cell: (row) => row.enrolled },
            { header: 'Completed', numeric: true, cell: (row) => row.completed },
            { header: 'Withdrawn', numeric: true, cell: (row) => row.withdrawn },
          ]}
        />
      )}
    </section>
  );
}
