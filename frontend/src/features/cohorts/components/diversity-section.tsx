import { ProblemSummary } from '@/components/errors/problem-summary';
import { Table } from '@/components/ui/table';

import { useCohortDiversity, type DiversityCount } from '../api/get-cohort';

function DiversityTable({ caption, counts }: { caption: string; counts: DiversityCount[] }) {
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={counts}
      rowKey={(count) => count.code}
      columns={[
        { header: 'Answer', rowHeader: true, cell: (count) => count.label },
        {
          header: 'Participants',
          numeric: true,
          cell: (count) => (count.suppressed || count.count === undefined ? 'Withheld' : count.count),
        },
      ]}
    />
  );
}

/** Self-reported diversity, in aggregate only: the API withholds small counts. */
export function DiversitySection({ id }: { id: number }) {
  const diversity = useCohortDiversity(id);
  const data = diversity.data;
  return (
    <section aria-labelledby="diversity-heading" data-testid="cohort-diversity">
      <h2 className="govuk-heading-m" id="diversity-heading">
        Diversity
      </h2>
      <p className="govuk-body">
        What participants chose to tell us about themselves, counted across the whole cohort. No one’s answers are
        shown. To protect individuals, counts under {data?.threshold ?? 5} are withheld, and so is the next smallest
        count when only one would be.
      </p>
      {diversity.error ? <ProblemSummary error={diversity.error} /> : null}
      {diversity.isPending ? (
        <p className="govuk-body" role="status">
          Loading the diversity figures…
        </p>
      ) : data ? (
        <>
          <DiversityTable caption="Sex" counts={data.sex} />
          <DiversityTable caption="Ethnic group" counts={data.ethnicGroup} />
          <DiversityTable caption="Disability" counts={data.disability} />
        </>
      ) : null}
    </section>
  );
}
